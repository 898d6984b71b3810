package com.careergpt.service.scraping.extract;

import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The locale a page writes in, as far as numeric dates need it: "11-23-2010" is month first on a US page, "03/04/2024"
 * day first on a British or German one. The page's declared language region decides; without one, where the job is.
 */
final class PageLocale {

    /** Regions that write numeric dates month first. */
    private static final Set<String> MONTH_FIRST = Set.of("US", "PH", "FM", "MH", "PW", "BZ");

    private PageLocale() {
    }

    static boolean monthFirst(Document page, String jobCountry) {
        String region = declaredRegion(page);
        if (region != null) {
            return MONTH_FIRST.contains(region);
        }
        return jobCountry != null && MONTH_FIRST.contains(jobCountry);
    }

    private static String declaredRegion(Document page) {
        Element html = page.selectFirst("html");
        String tag = html == null ? "" : html.attr("lang");
        if (tag.isBlank()) {
            Element meta = page.selectFirst("meta[http-equiv~=(?i)content-language]");
            tag = meta == null ? "" : meta.attr("content");
        }
        String country = Locale.forLanguageTag(tag.trim().replace('_', '-')).getCountry();
        return country.isEmpty() ? null : country;
    }
}
