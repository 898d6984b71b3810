package com.careergpt.service.analytics.market;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MarketAnalyticsProperties.class)
class MarketAnalyticsConfiguration {

    @Bean
    JobTextSearch jobTextSearch(DataSource dataSource, JdbcTemplate jdbc) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return JobTextSearch.forDatabase(product, jdbc);
    }
}
