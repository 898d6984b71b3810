package com.careergpt.service.scraping.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.normalize.JobAttributes;
import com.careergpt.service.scraping.normalize.Locations;
import com.careergpt.service.scraping.normalize.PostingDates;
import com.careergpt.service.scraping.normalize.SalaryParser;

/**
 * Reads a posting from a page without structured data: headings, meta and OpenGraph tags, labelled facts
 * ("Location:", "Pay:", "Type:", "Posted:", German labels too) and the main text. Also counts the signals that tell a
 * job post from any other page, so a blog post is not taken for a job.
 */
final class PageHeuristics {

    private static final Pattern FACT = Pattern.compile("(?iu)^\\s*(company|employer|studio|arbeitgeber|unternehmen|firma"
            + "|location|where|standort|arbeitsort|ort|einsatzort|type|employment type|job type|contract|commitment|anstellungsart"
            + "|beschäftigungsart|pay|salary|compensation|gehalt|vergütung|posted|date posted|published|veröffentlicht(?: am)?"
            + "|datum)\\s*:\\s*(.+)$");
    private static final Pattern SECTIONS = Pattern.compile("(?iu)\\b(requirements|responsibilities|qualifications|what you('|’)ll do"
            + "|what we('|’)re looking for|about the role|your profile|you have|you will|nice to have|benefits|we offer"
            + "|deine aufgaben|dein profil|ihre aufgaben|ihr profil|wir bieten|anforderungen|job description)\\b");
    private static final Pattern HIRING = Pattern.compile("(?iu)\\b(we('|’)re hiring|we are hiring|join our team|is hiring|apply now|apply for this job|jetzt bewerben)\\b");
    private static final Pattern APPLY = Pattern.compile("(?iu)\\b(apply|bewerben|bewerbung)\\b");

    record Reading(Draft draft, int signals, int textLength) {
    }

    private PageHeuristics() {
    }

    static Reading read(Document page, Element main, LocalDate today) {
        Draft draft = new Draft();
        draft.extractor = "heuristic";
        int signals = 0;
        String siteName = meta(page, "og:site_name");
        List<String[]> facts = facts(main);
        Element h1 = main.selectFirst("h1");
        String heading = h1 != null ? h1.text() : null;
        String ogTitle = meta(page, "og:title");
        Element h2 = main.selectFirst("h2");
        String rawTitle = firstNonBlank(heading, ogTitle, h2 == null ? null : h2.text(), page.title());
        draft.company = firstNonBlank(fact(facts, "company|employer|studio|arbeitgeber|unternehmen|firma"),
                companyElement(main), companyBesideTitle(page.title(), rawTitle), bylineCompany(main), siteName);
        draft.title = JobAttributes.cleanTitle(rawTitle, draft.company);

        String locationText = firstNonBlank(fact(facts, "location|where|standort|arbeitsort|ort|einsatzort"),
                locationElement(main), locationLine(main, draft.company));
        draft.location = Locations.parse(locationText);
        if (locationText != null) {
            signals++;
        }
        String mainText = main.text();
        String shortLines = shortLines(main);
        String factText = String.join("\n", facts.stream().map(fact -> fact[1]).toList());
        draft.remote = JobAttributes.remoteMode(Objects.toString(locationText, "") + "\n" + factText + "\n" + shortLines)
                .orElse(null);
        draft.employmentType = JobAttributes.employmentType(firstNonBlank(
                fact(facts, "type|employment type|job type|contract|commitment|anstellungsart|beschäftigungsart"),
                commitmentElement(main), shortLines)).orElse(null);
        if (draft.employmentType != null) {
            signals++;
        }
        String pay = fact(facts, "pay|salary|compensation|gehalt|vergütung");
        draft.salary = SalaryParser.fromText(pay).or(() -> SalaryParser.fromText(mainText)).orElse(null);
        if (draft.salary != null) {
            signals++;
        }
        String posted = fact(facts, "posted|date posted|published|veröffentlicht(?: am)?|datum");
        Optional<LocalDate> date = PostingDates.parse(posted, today);
        if (date.isEmpty()) {
            Matcher published = Pattern.compile("(?iu)(?:posted|published|veröffentlicht am)\\s*:?\\s*(.{0,40})").matcher(mainText);
            if (published.find()) {
                date = PostingDates.parse(published.group(1), today);
            }
        }
        draft.datePosted = date.orElse(null);
        if (SECTIONS.matcher(mainText).find()) {
            signals++;
        }
        if (HIRING.matcher(mainText).find()) {
            signals++;
        }
        for (Element link : main.select("a[href]")) {
            if (APPLY.matcher(link.text()).find()) {
                draft.applyUrl = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
                signals++;
                break;
            }
        }
        draft.descriptionHtml = main.html();
        return new Reading(draft, signals, mainText.length());
    }

    /** "Label: value" lines among the page's short blocks. */
    private static List<String[]> facts(Element main) {
        List<String[]> facts = new ArrayList<>();
        for (Element block : main.select("li, p, div, span, dd, td, dt")) {
            if (block.childrenSize() > 4) {
                continue;
            }
            String text = block.text();
            if (text.length() > 160) {
                continue;
            }
            Matcher matcher = FACT.matcher(text);
            if (matcher.matches()) {
                facts.add(new String[] {matcher.group(1).toLowerCase(), matcher.group(2).trim()});
            }
        }
        return facts;
    }

    private static String fact(List<String[]> facts, String labels) {
        Pattern wanted = Pattern.compile("(?iu)^(" + labels + ")$");
        for (String[] fact : facts) {
            if (wanted.matcher(fact[0]).matches()) {
                return fact[1];
            }
        }
        return null;
    }

    /** Titles like "Senior Engineer - Northwind Labs - Berlin": the segment after the job title names the employer. */
    private static String companyBesideTitle(String documentTitle, String jobTitle) {
        if (documentTitle == null || jobTitle == null) {
            return null;
        }
        String[] segments = documentTitle.split("\\s+[-–—|]\\s+|\\s+(?:at|@)\\s+");
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].trim().equalsIgnoreCase(jobTitle.trim())) {
                String next = segments[i + 1].trim();
                return next.matches("(?iu).*\\b(jobs?|careers?|karriere|stellen)\\b.*") ? null : next;
            }
        }
        return null;
    }

    private static String companyElement(Element main) {
        Element element = main.selectFirst(".company-name, .company, [class~=(?i)^company], [data-company]");
        return element == null ? null : element.text().replaceFirst("(?i)^\\s*(at|@|bei)\\s+", "").trim();
    }

    /** A byline such as "Orbital Payments · Toronto, ON, Canada · Hybrid": the segment before the place. */
    private static String bylineCompany(Element main) {
        int seen = 0;
        for (Element block : main.select("p, div, li, span")) {
            String text = block.ownText().trim();
            if (text.isEmpty() || text.length() > 120) {
                continue;
            }
            if (++seen > 8) {
                break;
            }
            String[] parts = text.split("\\s+[—–|·]\\s+");
            for (int i = 1; i < parts.length; i++) {
                Location location = Locations.parse(parts[i]);
                String first = parts[0].trim();
                if (location != null && location.country() != null && Locations.countryCode(first) == null
                        && JobAttributes.remoteMode(first).isEmpty() && JobAttributes.employmentType(first).isEmpty()) {
                    return first;
                }
            }
        }
        return null;
    }

    /** A byline near the top such as "Northwind Labs — Berlin, Germany (Hybrid)": the part naming a country. */
    private static String locationLine(Element main, String company) {
        int seen = 0;
        for (Element block : main.select("p, div, li, span")) {
            String text = block.ownText().trim();
            if (text.isEmpty() || text.length() > 100) {
                continue;
            }
            if (++seen > 8) {
                break;
            }
            for (String part : text.split("\\s+[—–|·]\\s+")) {
                if (company != null && part.trim().equalsIgnoreCase(company)) {
                    continue;
                }
                Location location = Locations.parse(part);
                if (location != null && location.country() != null && location.city() != null) {
                    return part.trim();
                }
            }
        }
        return null;
    }

    private static String locationElement(Element main) {
        Element element = main.selectFirst(".location, [class~=(?i)\\blocation\\b], [data-location]");
        return element == null ? null : element.text();
    }

    private static String commitmentElement(Element main) {
        Element element = main.selectFirst(".commitment, [class~=(?i)commitment|employment-type|job-type]");
        return element == null ? null : element.text();
    }

    /** Short blocks (fact lines, badges, meta lines) where work mode and contract type are usually stated. */
    private static String shortLines(Element main) {
        StringBuilder lines = new StringBuilder();
        for (Element block : main.select("li, p, div, span")) {
            String own = block.ownText();
            if (!own.isBlank() && own.length() <= 100) {
                lines.append(own).append('\n');
            }
        }
        return lines.toString();
    }

    private static String meta(Document page, String property) {
        Element element = page.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return element == null || element.attr("content").isBlank() ? null : element.attr("content").trim();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
