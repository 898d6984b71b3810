package com.careergpt.service.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.careergpt.service.analytics.market.ExpectedMarket.Post;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.jobs.JobStore;

/**
 * The market statistics on PostgreSQL (server from the subclass): the same migrations, the posts read from DATE and
 * TIMESTAMP WITH TIME ZONE columns, and the text filter through the GIN full-text index.
 * The service stops after the class (DirtiesContext) while the server still runs; the server stops at JVM exit.
 */
@DirtiesContext
@SpringBootTest
abstract class MarketAnalyticsPostgresChecks {

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
