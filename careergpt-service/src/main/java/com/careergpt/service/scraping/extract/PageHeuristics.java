package com.careergpt.service.scraping.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.careergpt.service.scraping.Location;
import com.careergpt.service.scraping.RemoteMode;
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

    private static final String TITLE_ELEMENTS = "[class~=(?i)^job[-_]?title$|^posting[-_]?title$], [id~=(?i)^job[-_]?title$], [itemprop=title]";
    private static final Pattern YES = Pattern.compile("(?u)yes|y|true|ja|oui|sí|si|sì|sim|可|はい|100\\s?%");
    private static final Pattern NO = Pattern.compile("(?u)no|n|false|nein|non|nee|não|nao|不可|いいえ|none");
    /**
     * A page offering to staff the reader's project ("Hire PHP Developers"): the reader is a client, not a candidate.
     * The offer is matched in lower-cased text, which is much faster than a case-insensitive search, and only where
     * one of its words can start.
     */
    private static final Pattern SERVICE_TITLE = Pattern.compile("(?iu)^\\s*(?:hire|rent|outsource)\\s");
    private static final Pattern SERVICE_OFFER = Pattern.compile("(?=[hory])(?:\\b(?:hire|rent|outsource)\\s+(?:our\\s+|the\\s+best\\s+|a\\s+)?(?:dedicated\\s+|remote\\s+|top\\s+|expert\\s+|skilled\\s+)?(?:[\\w.#+-]+\\s+)?"
            + "(?:developers|programmers|engineers|designers|coders|experts|team)\\b|\\byour\\s+(?:project|business|startup)\\b)");
    private static final Pattern HIRING_VERB = Pattern.compile("\\s(?:seeks|is seeking|is looking for|is hiring|sucht|recherche|busca|cerca|zoekt|procura)\\s");
    private static final Pattern SEEKS = Pattern.compile("(?u)(?:^|[.:]\\s)(\\p{Lu}[\\p{L}&.,'-]*(?:\\s+\\p{Lu}[\\p{L}&.,'-]*){0,4})"
            + "\\s+(?:seeks|is seeking|is looking for|is hiring|sucht|recherche|busca|cerca|zoekt|procura)\\s$");
    private static final Pattern EMAIL_APPLICATION = Pattern.compile("(?iu)\\b(?:apply|send|submit|e-?mail|mail|forward|bewerbung|bewerben|senden|schicken"
            + "|postulez|envoyez|candidature|envía|envie|candidatura|inviare|invia|stuur|solliciteer|sollicitatie|応募)\\b[^\\n]{0,120}?[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern SECTIONS = Pattern.compile("(?iu)\\b(requirements|responsibilities|qualifications|what you('|’)ll do"
            + "|what we('|’)re looking for|about the role|your profile|you have|you will|nice to have|benefits|we offer"
            + "|deine aufgaben|dein profil|ihre aufgaben|ihr profil|wir bieten|anforderungen|job description)\\b");
    private static final Pattern HIRING = Pattern.compile("(?iu)\\b(we('|’)re hiring|we are hiring|join our team|is hiring|apply now|apply for this job|jetzt bewerben)\\b");
    /** Where a page states its date, hiring sentence or service offer: its first characters, not a 200 KB tail. */
    private static final int HEAD_LENGTH = 20_000;
    private static final Pattern POSTAL_CODE = Pattern.compile("\\s*\\d{4,6}(?:-\\d{4})?\\s*");
    private static final Pattern PUBLISHED = Pattern.compile("(?:posted|published|veröffentlicht am|publié le|publicado el|pubblicato il|geplaatst op)\\s*:?\\s*(.{0,40})");
    private static final Pattern APPLY = Pattern.compile("(?iu)\\b(apply|bewerben|bewerbung)\\b");

    record Reading(Draft draft, int signals, int textLength, List<String> skillFacts) {
    }

    private PageHeuristics() {
    }

    /**
     * @param known what structured data already gave, or null: the fields it has are not read again (structured
     *        data wins field by field), nor are the job signals counted, which only decide a page without it
     */
    static Reading read(Document page, Element main, LocalDate today, Draft known) {
        Draft draft = new Draft();
        draft.extractor = "heuristic";
        int signals = 0;
        String siteName = meta(page, "og:site_name");
        PageFacts facts = PageFacts.of(main);
        String mainText = main.text();
        String head = mainText.length() <= HEAD_LENGTH ? mainText : mainText.substring(0, HEAD_LENGTH);
        String lowerHead = head.toLowerCase(Locale.ROOT);
        String rawTitle = firstNonBlank(specific(main.select("h1").eachText()),
                specific(facts.all(FactLabels.TITLE)), specific(main.select(TITLE_ELEMENTS).eachText()),
                specific(meta(page, "og:title")), specific(main.select("h2").eachText()), specific(page.title()));
        draft.company = firstNonBlank(specific(facts.all(FactLabels.COMPANY)), specific(companyElement(main)),
                companyBesideTitle(page.title(), rawTitle), bylineCompany(main), companyInPlainText(head), siteName);
        draft.title = JobAttributes.cleanTitle(rawTitle, draft.company);

        Optional<String> locationFact = facts.all(FactLabels.LOCATION).stream()
                .filter(value -> Locations.parse(value) != null || JobAttributes.remoteMode(value).isPresent()).findFirst();
        String locationText = firstNonBlank(locationFact.orElse(null), placeOfPostalCode(facts.all(FactLabels.LOCATION), head),
                locationElement(main), locationLine(main, draft.company));
        draft.location = Locations.parse(locationText);
        if (locationText != null) {
            signals++;
        }
        boolean readRemote = known == null || known.remote == null;
        boolean readEmploymentType = known == null || known.employmentType == null;
        String shortLines = readRemote || readEmploymentType ? shortLines(main) : "";
        if (readRemote) {
            draft.remote = facts.first(FactLabels.REMOTE, PageHeuristics::remoteValue)
                    .or(() -> JobAttributes.remoteMode(Objects.toString(locationText, "") + "\n" + shortLines))
                    .orElse(null);
        }
        if (readEmploymentType) {
            draft.employmentType = facts.first(FactLabels.EMPLOYMENT_TYPE, JobAttributes::employmentType)
                    .or(() -> JobAttributes.employmentType(firstNonBlank(commitmentElement(main), shortLines)))
                    .orElse(null);
        }
        if (draft.employmentType != null) {
            signals++;
        }
        String country = draft.location == null ? null : draft.location.country();
        if (known == null || known.salary == null) {
            draft.salary = facts.first(FactLabels.PAY, value -> SalaryParser.fromLabelledValue(value, country))
                    .or(() -> SalaryParser.fromText(proseText(main, mainText)).filter(salary -> salary.flag() == null))
                    .orElse(null);
        }
        if (draft.salary != null) {
            signals++;
        }
        if (known == null || known.datePosted == null) {
            draft.datePosted = datePosted(page, facts, lowerHead, today, country).orElse(null);
        }
        if (known == null || known.applyUrl == null) {
            for (Element link : main.select("a[href]")) {
                if (APPLY.matcher(link.text()).find()) {
                    draft.applyUrl = link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href");
                    signals++;
                    break;
                }
            }
        }
        if (known == null) {
            signals += textSignals(mainText, lowerHead, rawTitle, draft.applyUrl != null);
        }
        return new Reading(draft, signals, mainText.length(), facts.all(FactLabels.SKILLS));
    }

    private static Optional<LocalDate> datePosted(Document page, PageFacts facts, String lowerHead, LocalDate today,
            String country) {
        boolean monthFirst = PageLocale.monthFirst(page, country);
        Optional<LocalDate> date = facts.first(FactLabels.DATE, value -> PostingDates.parse(value, today, monthFirst));
        if (date.isEmpty()) {
            Matcher published = PUBLISHED.matcher(lowerHead);
            if (published.find()) {
                date = PostingDates.parse(published.group(1), today, monthFirst);
            }
        }
        if (date.isEmpty()) {
            date = PostingDates.parse(meta(page, "article:published_time"), today, monthFirst);
        }
        return date;
    }

    /** Job sections, a hiring sentence and an e-mail application count for a job; a service offer against it. */
    private static int textSignals(String mainText, String lowerHead, String rawTitle, boolean applyLink) {
        int signals = 0;
        if (SECTIONS.matcher(mainText).find()) {
            signals++;
        }
        if (HIRING.matcher(mainText).find()) {
            signals++;
        }
        if (!applyLink && EMAIL_APPLICATION.matcher(mainText).find()) {
            signals++;
        }
        if (SERVICE_TITLE.matcher(Objects.toString(rawTitle, "")).find() || count(SERVICE_OFFER, lowerHead) >= 3) {
            signals -= 2;
        }
        return signals;
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }

    /** A location given only as a postal code ("Location: 19958"): the place the page's address line gives for it. */
    private static String placeOfPostalCode(List<String> locations, String text) {
        for (String value : locations) {
            if (POSTAL_CODE.matcher(value).matches()) {
                Matcher place = Pattern.compile("(\\p{Lu}[\\p{L}.' -]{1,40}?),?\\s+(\\p{Lu}{2})\\s+" + Pattern.quote(value.trim()) + "\\b")
                        .matcher(text);
                if (place.find()) {
                    return place.group(1).trim() + ", " + place.group(2);
                }
            }
        }
        return null;
    }

    /** The first of the candidates that is not a box heading ("Job Overview") nor too long to be a name. */
    private static String specific(List<String> candidates) {
        for (String candidate : candidates) {
            String trimmed = candidate == null ? "" : candidate.trim();
            if (!trimmed.isEmpty() && trimmed.length() <= 150 && !GenericHeadings.isGeneric(trimmed)) {
                return trimmed;
            }
        }
        return null;
    }

    private static String specific(String candidate) {
        return candidate == null ? null : specific(List.of(candidate));
    }

    /** A remote fact: yes/no in any of the label languages, or a work mode. */
    private static Optional<RemoteMode> remoteValue(String value) {
        String folded = value.trim().toLowerCase(Locale.ROOT);
        if (YES.matcher(folded).matches()) {
            return Optional.of(RemoteMode.REMOTE);
        }
        if (NO.matcher(folded).matches()) {
            return Optional.of(RemoteMode.ONSITE);
        }
        return JobAttributes.remoteMode(value);
    }

    /** The main text without code blocks: a shell transcript's "1 $ python" is not pay. */
    private static String proseText(Element main, String mainText) {
        if (main.selectFirst("pre, code, kbd, samp") == null) {
            return mainText;
        }
        Element copy = main.clone();
        copy.select("pre, code, kbd, samp").remove();
        return copy.text();
    }

    /** "ABC Company Inc. seeks a full-time engineer": the organisation opening a sentence that hires. */
    private static String companyInPlainText(String text) {
        Matcher verb = HIRING_VERB.matcher(text);
        if (!verb.find()) {
            return null;
        }
        Matcher seeks = SEEKS.matcher(text.substring(Math.max(0, verb.start() - 80), verb.end()));
        return seeks.find() ? seeks.group(1).trim() : null;
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
