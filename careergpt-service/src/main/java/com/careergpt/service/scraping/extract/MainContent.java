package com.careergpt.service.scraping.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The part of a page that is the posting: scripts, navigation, headers, footers, asides, forms and elements that
 * look like cookie banners, related-job lists or share widgets removed, then the most specific content container.
 * A form that holds most of the page's text (ASP.NET pages wrap the whole body in one) is content, not noise: only
 * its fields go.
 */
final class MainContent {

    private static final String NOISE_TAGS = "script, style, noscript, template, nav, header, footer, aside, iframe, svg, button, select";
    private static final String FIELDS = "input, textarea, select, button, option";
    private static final String NOISE_NAMES = "[id~=(?i)cookie|consent|banner|related|similar|share|newsletter|breadcrumb|social|modal|popup|subscribe|signup],"
            + "[class~=(?i)cookie|consent|banner|related|similar|share|newsletter|breadcrumb|social|modal|popup|subscribe|signup]";
    private static final List<String> CONTAINERS = List.of("[itemtype~=(?i)schema.org/JobPosting]", "main", "[role=main]",
            "article", "#app_body", "#content", ".posting-page", ".job-description", ".job", ".content", ".wrap");

    private static final Pattern OTHER_JOBS = Pattern.compile("(?iu)^\\s*(?:similar|related|more|other|recommended|recent)\\s+"
            + "(?:jobs|positions|openings|vacancies|postings)|^\\s*(?:ähnliche|weitere)\\s+(?:jobs|stellen|stellenangebote)"
            + "|^\\s*(?:offres|emplois)\\s+similaires|^\\s*(?:empleos|ofertas)\\s+similares|^\\s*(?:annunci|offerte)\\s+simili"
            + "|^\\s*vergelijkbare\\s+vacatures|^\\s*vagas\\s+semelhantes|^\\s*(?:people also viewed|jobs you may like)"
            + "|類似の求人|関連する求人|おすすめの求人");

    private MainContent() {
    }

    /** Strips the noise from the page itself (read its structured data first) and returns the content element. */
    static Element strip(Document page) {
        page.body().select(NOISE_TAGS).remove();
        removeForms(page.body());
        page.body().select(NOISE_NAMES).remove();
        removeOtherJobsSections(page.body());
        for (String selector : CONTAINERS) {
            Element candidate = page.body().selectFirst(selector);
            if (candidate != null && candidate.text().length() >= 80) {
                return candidate;
            }
        }
        return page.body();
    }

    /**
     * A section headed "Similar jobs", "Ähnliche Jobs", "Offres similaires" ... lists other postings: the heading and
     * what follows it up to the next heading, or its whole box when it opens one.
     */
    private static void removeOtherJobsSections(Element body) {
        for (Element heading : body.select("h2, h3, h4, h5, h6, strong, b")) {
            if (heading.parent() == null || heading.text().length() > 60 || !OTHER_JOBS.matcher(heading.text()).find()) {
                continue;
            }
            Element box = heading.parent();
            if (box != body && box.firstElementChild() == heading && box.text().length() < body.text().length() / 2) {
                box.remove();
                continue;
            }
            Element next = heading.nextElementSibling();
            while (next != null && !next.normalName().matches("h[1-6]")) {
                Element following = next.nextElementSibling();
                next.remove();
                next = following;
            }
            heading.remove();
        }
    }

    private static void removeForms(Element body) {
        if (body.selectFirst("form") == null) {
            return;
        }
        int pageText = body.text().length();
        for (Element form : body.select("form")) {
            if (form.parent() == null) {
                continue;
            }
            if (form.text().length() * 2 > pageText) {
                form.select(FIELDS).remove();
                form.unwrap();
            } else {
                form.remove();
            }
        }
    }
}
