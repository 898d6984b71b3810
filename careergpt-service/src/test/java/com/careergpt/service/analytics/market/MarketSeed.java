package com.careergpt.service.analytics.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.careergpt.service.analytics.market.ExpectedMarket.Post;
import com.careergpt.service.analytics.market.MarketPostGenerator.GeneratedPost;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.jobs.JobStore;
import com.careergpt.service.scraping.jobs.RawContent;
import com.careergpt.service.scraping.jobs.StoreOutcome;

/**
 * Stores generated posts through the real job store: originals must be stored as new, reposts linked as duplicates
 * (or the seed is not what the test thinks it is). Answers the originals as the expected statistics see them.
 */
final class MarketSeed {

    private MarketSeed() {
    }

    static List<Post> store(JobStore jobs, List<GeneratedPost> posts) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<Post> originals = new ArrayList<>();
        for (GeneratedPost post : posts) {
            JobPosting posting = post.posting();
            StoreOutcome outcome = jobs.store(posting, new RawContent(posting.canonicalUrl(), "text/html",
                    posting.description(), post.firstSeen()), "market-seed", recorded -> { });
            StoreOutcome.Kind expected = post.repostOf() < 0 ? StoreOutcome.Kind.STORED : StoreOutcome.Kind.DUPLICATE;
            assertThat(outcome.kind()).as("%s at %s", posting.title(), posting.canonicalUrl()).isEqualTo(expected);
            if (post.repostOf() < 0) {
                originals.add(Post.of(posting, today));
            }
        }
        assertThat(LocalDate.now(ZoneOffset.UTC)).as("seeded within one UTC day").isEqualTo(today);
        return originals;
    }
}
