package com.careergpt.service.scraping.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.normalize.BlockText;
import com.careergpt.service.scraping.normalize.CanonicalUrls;
import com.careergpt.service.scraping.normalize.JobAttributes;
import com.careergpt.service.scraping.normalize.MarkdownText;
import com.careergpt.service.scraping.normalize.SalaryParser;
import com.careergpt.service.skills.SkillTaxonomy;

/** Builds a normalized posting from a feed entry's fields, the same way pages are normalized. */
final class FeedPostings {

    private final SkillTaxonomy taxonomy;

    FeedPostings(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    record Fields(String title, String company, Location location, RemoteMode remote, Salary salary,
            EmploymentType employmentType, LocalDate datePosted, String url, String applyUrl, String html) {
    }

    JobPosting posting(Fields fields, String board, Instant fetchedAt) {
        String html = fields.html() == null ? "" : fields.html();
        String decoded = html.contains("&lt;") ? Parser.unescapeEntities(html, false) : html;
        Element body = Jsoup.parseBodyFragment(decoded).body();
        String text = BlockText.of(body);
        if (text.isEmpty()) {
            text = body.text();
        }
        String title = JobAttributes.cleanTitle(fields.title(), fields.company());
        Salary salary = Optional.ofNullable(fields.salary()).or(() -> SalaryParser.fromText(body.text())).orElse(null);
        RemoteMode remote = fields.remote() != null ? fields.remote() : JobAttributes.remoteMode(text).orElse(null);
        return new JobPosting(title, fields.company(), fields.location(), remote, salary,
                fields.employmentType(), JobAttributes.seniority(title, text).orElse(null), fields.datePosted(), null,
                fields.applyUrl(), CanonicalUrls.canonicalize(fields.url()), text, MarkdownText.of(body),
                taxonomy.skillsIn(title + "\n" + text), new Provenance(fields.url(), "feed", board, fetchedAt));
    }
}
