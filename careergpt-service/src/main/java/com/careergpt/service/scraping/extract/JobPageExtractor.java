package com.careergpt.service.scraping.extract;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Component;

import com.careergpt.service.scraping.JobPosting;
import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.Provenance;
import com.careergpt.service.scraping.fetch.FetchedPage;
import com.careergpt.service.scraping.normalize.BlockText;
import com.careergpt.service.scraping.normalize.CanonicalUrls;
import com.careergpt.service.scraping.normalize.JobAttributes;
import com.careergpt.service.scraping.normalize.MarkdownText;
import com.careergpt.service.scraping.normalize.Locations;
import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the job post in a page: schema.org JobPosting in JSON-LD, then microdata, then page heuristics, each only
 * filling what the earlier ones left empty; then normalizes it. The description is the page's main content whenever
 * it says more than the structured data, so the same job reads the same wherever it was found (which is what
 * de-duplication compares). A page without structured data must show at least two job signals (pay, contract type,
 * a location line, job sections, an apply link) to count as a job.
 */
@Component
public class JobPageExtractor {

    static final int MIN_SIGNALS = 2;
    private static final Pattern TITLE_AT_COMPANY = Pattern.compile("^(.+?)\\s+(?:at|@|bei)\\s+(.+)$");

    private final SkillTaxonomy taxonomy;
    private final Clock clock;
    private final JsonLdReader jsonLd;
    private final MicrodataReader microdata = new MicrodataReader();

    public JobPageExtractor(SkillTaxonomy taxonomy, Clock clock) {
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.jsonLd = new JsonLdReader(JsonMapper.builder().build());
    }

    public Optional<JobPosting> extract(FetchedPage page) {
        String baseUrl = page.finalUrl() == null ? "" : page.finalUrl().toString();
        Document document = Jsoup.parse(page.body(), baseUrl);
        Instant fetchedAt = page.fetchedAt() == null ? clock.instant() : page.fetchedAt();
        String source = page.finalUrl() == null ? "html" : page.finalUrl().toString();
        return extract(document, fetchedAt, source, page.fetcher(), MIN_SIGNALS);
    }

    /** Pasted text: the first line is the title ("Title at Company" is split), the rest the description. */
    public Optional<JobPosting> extractFromText(String text, Instant receivedAt) {
        return extractFromText(text, null, receivedAt);
    }

    /**
     * Pasted text with the address it was copied from ({@code pageUrl}, may be null): the address is the posting's
     * source and canonical URL, never fetched.
     */
    public Optional<JobPosting> extractFromText(String text, String pageUrl, Instant receivedAt) {
        String[] lines = text.strip().split("\\R");
        StringBuilder html = new StringBuilder("<html><body><main>");
        String first = lines[0].replaceFirst("(?i)^\\s*(job\\s+title|title|position)\\s*:\\s*", "").trim();
        Matcher atCompany = TITLE_AT_COMPANY.matcher(first);
        html.append("<h1>").append(Entities.escape(atCompany.matches() ? atCompany.group(1) : first)).append("</h1>");
        if (atCompany.matches()) {
            html.append("<p>Company: ").append(Entities.escape(atCompany.group(2))).append("</p>");
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            Location location = line.length() <= 60 && !line.contains(":") ? Locations.parse(line) : null;
            if (location != null && location.country() != null && i <= 3) {
                html.append("<p>Location: ").append(Entities.escape(line)).append("</p>");
            } else {
                html.append("<p>").append(Entities.escape(line)).append("</p>");
            }
        }
        html.append("</main></body></html>");
        return extract(Jsoup.parse(html.toString(), pageUrl == null ? "" : pageUrl), receivedAt,
                pageUrl == null ? "text" : pageUrl, "inline", 1);
    }

    private Optional<JobPosting> extract(Document document, Instant fetchedAt, String source, String fetcher, int minSignals) {
        LocalDate today = fetchedAt.atZone(ZoneOffset.UTC).toLocalDate();
        Draft draft = jsonLd.read(document).or(() -> microdata.read(document)).orElse(null);
        Element main = MainContent.strip(document);
        PageHeuristics.Reading heuristics = PageHeuristics.read(document, main, today, draft);
        if (draft == null) {
            if (heuristics.signals() < minSignals || !heuristics.draft().hasTitle()) {
                return Optional.empty();
            }
            draft = heuristics.draft();
            draft.descriptionHtml = main.html();
        } else {
            String structuredText = draft.descriptionHtml == null ? "" : Jsoup.parseBodyFragment(draft.descriptionHtml).text();
            if (heuristics.textLength() > structuredText.length()) {
                draft.descriptionHtml = main.html();
            }
            draft.fillFrom(heuristics.draft());
        }
        if (!draft.hasTitle()) {
            return Optional.empty();
        }
        return Optional.of(normalize(draft, document, fetchedAt, source, fetcher, heuristics.skillFacts()));
    }

    private JobPosting normalize(Draft draft, Document document, Instant fetchedAt, String source, String fetcher,
            List<String> skillFacts) {
        String company = draft.company == null ? null : draft.company.replaceAll("\\s+", " ").trim();
        String title = JobAttributes.cleanTitle(draft.title, company);
        Element description = Jsoup.parseBodyFragment(draft.descriptionHtml == null ? "" : draft.descriptionHtml).body();
        String descriptionText = BlockText.of(description);
        if (descriptionText.isEmpty()) {
            descriptionText = description.text();
        }
        String markdownText = MarkdownText.of(description);
        String canonical = CanonicalUrls.ofPosting(link(document, "canonical"), meta(document, "og:url"), document.location());
        String skillsSource = PostingSkillText.of(title, descriptionText, company);
        return new JobPosting(
                title,
                company,
                draft.location,
                draft.remote != null ? draft.remote : JobAttributes.remoteMode(descriptionText).orElse(null),
                draft.salary,
                draft.employmentType != null ? draft.employmentType : JobAttributes.employmentType(title).orElse(null),
                JobAttributes.seniority(title, descriptionText).orElse(null),
                draft.datePosted,
                draft.validThrough,
                draft.applyUrl,
                canonical,
                descriptionText,
                markdownText,
                taxonomy.skillsInPosting(skillsSource, skillFacts),
                new Provenance(source, fetcher, draft.extractor, fetchedAt));
    }

    private static String link(Document document, String rel) {
        Element element = document.selectFirst("link[rel=" + rel + "]");
        return element == null ? null : element.absUrl("href").isEmpty() ? element.attr("href") : element.absUrl("href");
    }

    private static String meta(Document document, String property) {
        Element element = document.selectFirst("meta[property=" + property + "]");
        return element == null ? null : element.attr("content");
    }
}
