package com.careergpt.service.resumes.read;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careergpt.service.skills.SkillTaxonomy;

/**
 * Splits a resume's text at its headings (English and German, alone on their line, optionally with a colon and
 * content after it), reads the contact block before the first heading, the dated entries of the experience section
 * and the taxonomy skills. Best effort: it never fails, a resume without headings is all summary.
 */
public final class ResumeSectionParser {

    private static final Map<String, String> HEADINGS = headings();
    private static final Pattern INLINE_HEADING = Pattern.compile("^([\\p{L} &/]{3,40}?)\\s*:\\s*(.+)$");
    private static final Pattern RULE = Pattern.compile("^[\\s=_\\-*~]{3,}$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w])\\+?\\d[\\d ()./-]{6,}\\d(?![\\w])");
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://\\S+|(?:www\\.)?(?:linkedin\\.com|github\\.com|gitlab\\.com)/\\S+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'.-]+(?:\\s+\\p{Lu}[\\p{L}'.-]*){1,3}$");
    private static final Pattern PLACE = Pattern.compile("^\\p{Lu}[\\p{L} .-]+,\\s*\\p{Lu}[\\p{L} .-]+$");
    private static final String MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|"
            + "mai|juni|juli|okt|dez)[\\p{L}]*\\.?";
    private static final String DATE = "(?:(" + MONTH + ")\\s+|(\\d{1,2})/)?((?:19|20)\\d{2})";
    private static final Pattern RANGE = Pattern.compile(DATE + "\\s*(?:-|–|—|to|bis)\\s*(?:" + DATE
            + "|(present|current|now|today|heute|aktuell|jetzt))", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATED_YEARS = Pattern.compile(
            "(\\d{1,2})\\+?\\s*(?:years?|yrs?)\\s+(?:of\\s+)?(?:professional\\s+|industry\\s+|hands-on\\s+)?experience",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE_WORD = Pattern.compile("(?i)\\b(engineer|developer|manager|analyst|designer|"
            + "consultant|lead|architect|intern|scientist|specialist|director|administrator|officer|head|programmer|"
            + "technician|assistant|coordinator|entwickler|berater|leiter|werkstudent|praktikant)\\b");
    private static final Pattern SEPARATORS = Pattern.compile("\\s+(?:at|@|bei)\\s+|\\s*[|,·•]\\s*|\\s+[–—-]\\s+");

    private final SkillTaxonomy taxonomy;

    public ResumeSectionParser(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public ResumeSections parse(String text, LocalDate today) {
        String source = text == null ? "" : text;
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        List<String> beforeFirstHeading = new ArrayList<>();
        String current = null;
        for (String rawLine : source.split("\\n")) {
            String line = rawLine.strip();
            if (RULE.matcher(line).matches()) {
                continue;
            }
            String[] heading = heading(line);
            if (heading != null) {
                current = heading[0];
                sections.computeIfAbsent(current, name -> new StringBuilder());
                if (heading[1] != null && !heading[1].isBlank()) {
                    append(sections.get(current), heading[1]);
                }
                continue;
            }
            if (current == null) {
                beforeFirstHeading.add(line);
            } else {
                append(sections.get(current), line);
            }
        }
        ResumeSections.Contact contact = contact(source, beforeFirstHeading);
        List<String> contactLines = new ArrayList<>();
        List<String> leftOver = new ArrayList<>();
        for (String line : beforeFirstHeading) {
            if (line.isBlank()) {
                continue;
            }
            (isContactLine(line, contact) ? contactLines : leftOver).add(line);
        }
        String summary = text(sections.get("summary"));
        if (summary == null && !leftOver.isEmpty()) {
            summary = String.join("\n", leftOver);
        }
        String experience = text(sections.get("experience"));
        List<ResumeSections.Experience> entries = experience == null ? List.of() : entries(experience);
        double years = years(entries, today);
        if (years == 0) {
            Matcher stated = STATED_YEARS.matcher(source);
            if (stated.find()) {
                years = Integer.parseInt(stated.group(1));
            }
        }
        return new ResumeSections(contact, contactLines.isEmpty() ? null : String.join("\n", contactLines), summary,
                experience, text(sections.get("education")), text(sections.get("skills")), text(sections.get("other")),
                taxonomy.skillsIn(source), entries, Math.round(years * 10) / 10.0);
    }

    /** {name, content after a colon} when the line is a heading. */
    private static String[] heading(String line) {
        if (line.isEmpty() || line.length() > 60) {
            return null;
        }
        String bare = line.replaceAll("^[#*\\s]+|[*\\s]+$", "");
        String name = HEADINGS.get(bare.replaceAll(":$", "").strip().toLowerCase(Locale.ROOT));
        if (name != null) {
            return new String[] {name, null};
        }
        Matcher inline = INLINE_HEADING.matcher(bare);
        if (inline.matches()) {
            String inlineName = HEADINGS.get(inline.group(1).strip().toLowerCase(Locale.ROOT));
            if (inlineName != null) {
                return new String[] {inlineName, inline.group(2)};
            }
        }
        return null;
    }

    private static ResumeSections.Contact contact(String text, List<String> beforeFirstHeading) {
        String email = first(EMAIL, text);
        String phone = null;
        for (String line : beforeFirstHeading.isEmpty() ? List.of(text.split("\\n")) : beforeFirstHeading) {
            Matcher found = PHONE.matcher(line);
            if (found.find() && found.group().replaceAll("\\D", "").length() >= 7 && !RANGE.matcher(line).find()) {
                phone = found.group().strip();
                break;
            }
        }
        List<String> links = new ArrayList<>();
        Matcher link = LINK.matcher(text);
        while (link.find()) {
            String url = link.group().replaceAll("[).,;]+$", "");
            if (!links.contains(url)) {
                links.add(url);
            }
        }
        String name = null;
        String location = null;
        for (String line : beforeFirstHeading) {
            for (String part : line.split("\\s*[|·•]\\s*")) {
                String candidate = part.strip();
                if (name == null && NAME.matcher(candidate).matches() && !PLACE.matcher(candidate).matches()) {
                    name = candidate;
                } else if (location == null && PLACE.matcher(candidate).matches()) {
                    location = candidate;
                }
            }
        }
        return new ResumeSections.Contact(name, email, phone, List.copyOf(links), location);
    }

    private static boolean isContactLine(String line, ResumeSections.Contact contact) {
        return line.equals(contact.name()) || EMAIL.matcher(line).find() || LINK.matcher(line).find()
                || (contact.phone() != null && line.contains(contact.phone()))
                || (contact.location() != null && line.contains(contact.location()));
    }

    /**
     * An entry starts at a line with a date range; its title and employer are the rest of that line, or the line
     * above when the dates stand alone. The lines up to the next entry are its text.
     */
    private static List<ResumeSections.Experience> entries(String experience) {
        List<String> lines = experience.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<Integer> dated = new ArrayList<>();
        List<Integer> headerStarts = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        List<Matcher> ranges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher range = RANGE.matcher(lines.get(i));
            if (!range.find()) {
                continue;
            }
            String rest = (lines.get(i).substring(0, range.start()) + " " + lines.get(i).substring(range.end()))
                    .replaceAll("[()\\[\\]:]", " ").strip();
            int headerStart = i;
            boolean previousFree = i > 0 && (dated.isEmpty() || dated.get(dated.size() - 1) < i - 1);
            if (rest.replaceAll("[\\s|,·•–—-]", "").isEmpty() && previousFree) {
                rest = lines.get(i - 1);
                headerStart = i - 1;
            }
            dated.add(i);
            headerStarts.add(headerStart);
            headers.add(rest);
            ranges.add(range);
        }
        List<ResumeSections.Experience> entries = new ArrayList<>();
        for (int k = 0; k < dated.size(); k++) {
            int bodyEnd = k + 1 < dated.size() ? headerStarts.get(k + 1) : lines.size();
            String body = String.join("\n", lines.subList(Math.min(dated.get(k) + 1, bodyEnd), bodyEnd));
            entries.add(entry(headers.get(k), ranges.get(k), body));
        }
        return List.copyOf(entries);
    }

    private static ResumeSections.Experience entry(String header, Matcher range, String text) {
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(header.replaceAll("^[\\s|,·•–—-]+|[\\s|,·•–—-]+$", ""))) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        String title = null;
        String employer = null;
        for (String part : parts) {
            if (title == null && ROLE_WORD.matcher(part).find()) {
                title = part;
            } else if (employer == null) {
                employer = part;
            }
        }
        if (title == null && parts.size() > 1) {
            title = parts.get(0);
            employer = parts.get(1);
        }
        String start = (range.group(1) != null ? range.group(1) + " " : range.group(2) != null ? range.group(2) + "/" : "")
                + range.group(3);
        String end = range.group(7) != null ? "present"
                : (range.group(4) != null ? range.group(4) + " " : range.group(5) != null ? range.group(5) + "/" : "")
                        + range.group(6);
        return new ResumeSections.Experience(title, employer, start, end, text.strip());
    }

    /** Months covered by the entries, overlaps counted once, in years. */
    private static double years(List<ResumeSections.Experience> entries, LocalDate today) {
        List<int[]> spans = new ArrayList<>();
        for (ResumeSections.Experience entry : entries) {
            YearMonth start = month(entry.start(), today);
            YearMonth end = "present".equals(entry.end()) ? YearMonth.from(today) : month(entry.end(), today);
            if (start != null && end != null && !end.isBefore(start)) {
                spans.add(new int[] {index(start), index(end)});
            }
        }
        spans.sort(Comparator.comparingInt(span -> span[0]));
        int months = 0;
        int coveredUntil = Integer.MIN_VALUE;
        for (int[] span : spans) {
            int from = Math.max(span[0], coveredUntil);
            if (span[1] > from) {
                months += span[1] - from;
                coveredUntil = span[1];
            }
        }
        return months / 12.0;
    }

    private static YearMonth month(String written, LocalDate today) {
        Matcher date = Pattern.compile("^" + DATE + "$", Pattern.CASE_INSENSITIVE).matcher(written.strip());
        if (!date.matches()) {
            return null;
        }
        int year = Integer.parseInt(date.group(3));
        int month = date.group(1) != null ? monthNumber(date.group(1)) : date.group(2) != null
                ? Math.max(1, Math.min(12, Integer.parseInt(date.group(2)))) : 1;
        YearMonth value = YearMonth.of(year, month);
        return value.isAfter(YearMonth.from(today)) ? YearMonth.from(today) : value;
    }

    private static int monthNumber(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        String[][] months = {{"jan"}, {"feb"}, {"mar", "mär"}, {"apr"}, {"may", "mai"}, {"jun"}, {"jul"}, {"aug"},
                {"sep"}, {"oct", "okt"}, {"nov"}, {"dec", "dez"}};
        for (int i = 0; i < months.length; i++) {
            for (String prefix : months[i]) {
                if (key.startsWith(prefix)) {
                    return i + 1;
                }
            }
        }
        return 1;
    }

    private static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group() : null;
    }

    private static void append(StringBuilder section, String line) {
        if (section.length() > 0) {
            section.append('\n');
        }
        section.append(line);
    }

    private static String text(StringBuilder section) {
        if (section == null) {
            return null;
        }
        String value = section.toString().strip();
        return value.isEmpty() ? null : value;
    }

    private static Map<String, String> headings() {
        Map<String, String> headings = new LinkedHashMap<>();
        for (String name : List.of("summary", "profile", "about", "about me", "professional summary", "objective",
                "career objective", "profil", "zusammenfassung", "über mich", "kurzprofil")) {
            headings.put(name, "summary");
        }
        for (String name : List.of("experience", "work experience", "professional experience", "employment",
                "employment history", "work history", "career history", "berufserfahrung", "berufliche erfahrung",
                "werdegang", "beruflicher werdegang")) {
            headings.put(name, "experience");
        }
        for (String name : List.of("education", "academic background", "education and training", "ausbildung",
                "studium", "bildungsweg")) {
            headings.put(name, "education");
        }
        for (String name : List.of("skills", "technical skills", "core competencies", "competencies",
                "technologies", "tech stack", "kenntnisse", "fähigkeiten", "fachkenntnisse", "it-kenntnisse",
                "skills & tools", "tools")) {
            headings.put(name, "skills");
        }
        for (String name : List.of("projects", "certifications", "certificates", "languages", "interests",
                "publications", "awards", "volunteering", "projekte", "zertifikate", "sprachen", "interessen")) {
            headings.put(name, "other");
        }
        return Map.copyOf(headings);
    }
}
