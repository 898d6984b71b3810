package com.careergpt.service.scraping.extract;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The part of a page that is the posting: scripts, navigation, headers, footers, asides, forms and elements that
 * look like cookie banners, related-job lists or share widgets removed, then the most specific content container.
 */
final class MainContent {

    private static final String NOISE_TAGS = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select";
    private static final String NOISE_NAMES = "[id~=(?i)cookie|consent|banner|related|similar|share|newsletter|breadcrumb|social|modal|popup|subscribe|signup],"
            + "[class~=(?i)cookie|consent|banner|related|similar|share|newsletter|breadcrumb|social|modal|popup|subscribe|signup]";
    private static final List<String> CONTAINERS = List.of("[itemtype~=(?i)schema.org/JobPosting]", "main", "[role=main]",
            "article", "#app_body", "#content", ".posting-page", ".job-description", ".job", ".content", ".wrap");

    private MainContent() {
    }

    /** Strips the noise from the page itself (read its structured data first) and returns the content element. */
    static Element strip(Document page) {
        page.body().select(NOISE_TAGS).remove();
        page.body().select(NOISE_NAMES).remove();
        for (String selector : CONTAINERS) {
            Element candidate = page.body().selectFirst(selector);
            if (candidate != null && candidate.text().length() >= 80) {
                return candidate;
            }
        }
        return page.body();
    }
}
