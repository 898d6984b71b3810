package com.careergpt.service.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.service.analytics.market.ExpectedMarket.Post;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.jobs.JobStore;
import com.careergpt.service.support.StandaloneServiceSupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The market statistics on PostgreSQL (embedded, no Docker): the same migrations, the posts read from DATE and
 * TIMESTAMP WITH TIME ZONE columns, and the text filter through the GIN full-text index.
 */
@SpringBootTest
class MarketAnalyticsPostgresTest {

    static final EmbeddedPostgres POSTGRES = StandaloneServiceSupport.startPostgres();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.standaloneProperties(registry);
        StandaloneServiceSupport.postgresProperties(registry, POSTGRES);
    }

    @AfterAll
    static void stop() throws IOException {
        POSTGRES.close();
    }

    @Autowired
    JobStore jobs;

    @Autowired
    MarketAnalytics analytics;

    @Autowired
    MarketAnalyticsProperties properties;

    @Test
    void theStatisticsAndTheTextFilterWorkOnPostgres() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Post> posts = MarketSeed.store(jobs,
                new MarketPostGenerator(11, today.minusDays(89), 90, 25, 0.05).posts(160));

        assertSame(posts, MarketFilter.everything(), post -> true);
        assertSame(posts, MarketFilter.of(null, null, "kubernetes", null, null, null, null, null, null),
                post -> post.holdsWords("kubernetes"));
        assertSame(posts, MarketFilter.of(null, null, "Senior engineer", "de", null, null, null, null, null),
                post -> post.holdsWords("senior", "engineer") && post.isAt("de"));
        assertSame(posts, MarketFilter.of(today.minusDays(30), today, null, null, "hybrid", "k8s", null, null, null),
                post -> post.remote() == RemoteMode.HYBRID && post.skills().contains("Kubernetes"));
    }

    private void assertSame(List<Post> posts, MarketFilter filter, Predicate<Post> expected) {
        MarketReport report = analytics.report(filter);
        ExpectedMarket.assertSameReport(report, ExpectedMarket.report(posts, expected, filter.from(), filter.to(),
                null, null, filter.limit(), properties.risingMinCount(), properties.salaryMinPosts()));
        assertThat(report.total()).isPositive();
    }
}
