package com.careergpt.service.security;

import java.sql.DatabaseMetaData;
import java.time.Duration;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.service.gateway.GatewayProperties;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Where the per-user rate limit keeps its buckets. On PostgreSQL (several instances behind a proxy) in table
 * {@code rate_limit_buckets} through Bucket4j's PostgreSQL proxy manager, so a user's limit holds across instances;
 * each consumption locks the user's row ({@code SELECT ... FOR UPDATE}). On SQLite the database belongs to one
 * instance, and the buckets stay in its memory (Bucket4j has no SQLite proxy manager).
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean
    UserRateLimiter userRateLimiter(GatewayProperties properties, DataSource dataSource) {
        int perMinute = properties.userRequestsPerMinute();
        if (!isPostgres(dataSource)) {
            return UserRateLimiter.local(perMinute);
        }
        PostgreSQLSelectForUpdateBasedProxyManager<String> buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_buckets")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                // A row may go once its bucket would be full again (plus a margin): it would start full anyway.
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        BucketConfiguration configuration = UserRateLimiter.configuration(perMinute);
        log.info("Rate limit buckets are shared through the database ({} actions per user per minute)", perMinute);
        return new UserRateLimiter(perMinute, userId -> buckets.builder().build("user:" + userId, () -> configuration),
                buckets::removeExpired);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        }
        catch (MetaDataAccessException failed) {
            throw new IllegalStateException("Cannot tell which database the rate limit should use", failed);
        }
    }
}
