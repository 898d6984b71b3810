package com.careergpt.service.scraping.normalize;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Seniority;

/** Employment type, seniority and remote mode from structured values, titles and page text (English and German). */
public final class JobAttributes {

    private static final Pattern HYBRID = Pattern.compile("(?iu)\\bhybrid\\b|teilweise\\s+home\\s?office|partially\\s+remote|\\b\\d\\s+days?\\s+(?:a\\s+week\\s+)?in\\s+(?:the\\s+)?office|remote\\s+(?:and|or|/)\\s+(?:on-?site|office)");
    private static final Pattern REMOTE = Pattern.compile("(?iu)\\b(?:fully|100\\s?%|remote[- ]first|full)\\s*remote\\b|^\\s*remote\\b|\\bremote\\s*[–—-]\\s*\\w|\\bwork\\s+from\\s+(?:home|anywhere)\\b|\\bremote\\s+(?:role|position|job)\\b|\\(remote\\)|\\bhome\\s?office\\b|\\bremote\\b");
    private static final Pattern ONSITE = Pattern.compile("(?iu)\\bon[- ]?site\\b|\\bin[- ]office\\b|\\bvor\\s+ort\\b|\\bin[- ]person\\b");
    private static final Pattern YEARS = Pattern.compile("(?i)(\\d{1,2})\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?years?");

    private JobAttributes() {
    }

    /** schema.org or ATS values such as FULL_TIME, CONTRACTOR, "Full-time", "Vollzeit". */
    public static Optional<EmploymentType> employmentType(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.toLowerCase(Locale.ROOT).replace('_', '-');
        if (v.matches("(?s).*\\b(full[- ]?time|vollzeit|permanent|festanstellung)\\b.*")) {
            return Optional.of(EmploymentType.FULL_TIME);
        }
        if (v.matches("(?s).*\\b(part[- ]?time|teilzeit)\\b.*")) {
            return Optional.of(EmploymentType.PART_TIME);
        }
        if (v.matches("(?s).*\\b(intern|internship|praktikum|werkstudent|working student)\\b.*")) {
            return Optional.of(EmploymentType.INTERNSHIP);
        }
        if (v.matches("(?s).*\\b(contract|contractor|freelance|freelancer|fixed[- ]term)\\b.*")) {
            return Optional.of(EmploymentType.CONTRACT);
        }
        if (v.matches("(?s).*\\b(temporary|temp|befristet|seasonal)\\b.*")) {
            return Optional.of(EmploymentType.TEMPORARY);
        }
        return Optional.empty();
    }

    /** From the title first, then from the years of experience asked for. */
    public static Optional<Seniority> seniority(String title, String text) {
        if (title != null) {
            String t = title.toLowerCase(Locale.ROOT);
            if (t.matches(".*\\b(intern|internship|praktikant|trainee|werkstudent)\\b.*")) {
                return Optional.of(Seniority.INTERN);
            }
            if (t.matches(".*\\b(junior|jr\\.?|graduate|entry[- ]level|associate)\\b.*")) {
                return Optional.of(Seniority.JUNIOR);
            }
            if (t.matches(".*\\b(head of|director|vp|vice president|chief|cto|ceo|cfo)\\b.*")) {
                return Optional.of(Seniority.EXECUTIVE);
            }
            if (t.matches(".*\\b(principal|distinguished)\\b.*")) {
                return Optional.of(Seniority.PRINCIPAL);
            }
            if (t.matches(".*\\b(lead|staff|team lead|tech lead|manager)\\b.*")) {
                return Optional.of(Seniority.LEAD);
            }
            if (t.matches(".*\\b(senior|sr\\.?)\\b.*")) {
                return Optional.of(Seniority.SENIOR);
            }
            if (t.matches(".*\\b(mid|mid-level|intermediate)\\b.*")) {
                return Optional.of(Seniority.MID);
            }
        }
        if (text != null) {
            Matcher years = YEARS.matcher(text);
            if (years.find()) {
                int n = Integer.parseInt(years.group(1));
                if (n >= 5 && n <= 15) {
                    return Optional.of(Seniority.SENIOR);
                }
                if (n >= 2 && n < 5) {
                    return Optional.of(Seniority.MID);
                }
                if (n < 2) {
                    return Optional.of(Seniority.JUNIOR);
                }
            }
        }
        return Optional.empty();
    }

    /** From schema.org jobLocationType, ATS workplace values, or what the page says. */
    public static Optional<RemoteMode> remoteMode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.contains("TELECOMMUTE")) {
            return Optional.of(RemoteMode.REMOTE);
        }
        if (HYBRID.matcher(text).find()) {
            return Optional.of(RemoteMode.HYBRID);
        }
        boolean onsite = ONSITE.matcher(text).find();
        boolean remote = REMOTE.matcher(text).find();
        if (remote && onsite) {
            return Optional.of(RemoteMode.HYBRID);
        }
        if (remote) {
            return Optional.of(RemoteMode.REMOTE);
        }
        return onsite ? Optional.of(RemoteMode.ONSITE) : Optional.empty();
    }

    /** A title without gender notes ("(m/w/d)"), board suffixes or "at Company". */
    public static String cleanTitle(String title, String company) {
        if (title == null) {
            return null;
        }
        String t = title.replaceAll("(?i)\\s*[(\\[]\\s*(?:[mwfdxh]\\s*/\\s*){1,3}[mwfdxh]\\s*[)\\]]", "")
                .replaceAll("(?i)\\s*\\((?:all genders|alle geschlechter|gn\\*?)\\)", "")
                .replaceAll("\\s+", " ").trim();
        if (company != null && !company.isBlank()) {
            String c = Pattern.quote(company.trim());
            t = t.replaceAll("(?i)\\s+(?:at|@|bei)\\s+" + c + ".*$", "")
                    .replaceAll("(?i)^" + c + "\\s*[-–—|:]\\s*", "")
                    .replaceAll("(?i)\\s*[-–—|]\\s*" + c + ".*$", "");
        }
        t = t.replaceAll("\\s*[|]\\s*[^|]*\\b(?:jobs?|careers?|karriere)\\b[^|]*$", "").trim();
        return t.isEmpty() ? null : t;
    }
}
