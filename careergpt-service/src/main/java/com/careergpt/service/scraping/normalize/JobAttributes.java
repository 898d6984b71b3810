package com.careergpt.service.scraping.normalize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careergpt.service.scraping.EmploymentType;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.Seniority;

/**
 * Employment type, seniority and remote mode from structured values, titles and page text: English and German, and
 * contract types and remote work in French, Spanish, Italian, Dutch, Portuguese and Japanese too; German compounds
 * ("Teilzeitanstellung", "Vollzeitstelle") count, as do board codes such as CON_W2.
 */
public final class JobAttributes {

    /*
     * The work-mode patterns run over whole descriptions (200 KB pages), so they are written to fail fast: matched in
     * lower-cased text (a case-insensitive search is several times slower), with the characters an alternative can
     * start with (ASCII only, a bit test) and the word boundary they share checked once before the alternatives.
     * REMOTE leaves out the alternatives that "remote" as a whole word already covers ("(remote)", "remote - ...",
     * "remote role"); Japanese terms are plain substring searches.
     */
    private static final Pattern HYBRID = Pattern.compile("(?=[0123456789hprt])(?:\\bhybrid\\b|teilweise\\s+home\\s?office"
            + "|partially\\s+remote|\\b\\d\\s+days?\\s+(?:a\\s+week\\s+)?in\\s+(?:the\\s+)?office"
            + "|remote\\s+(?:and|or|/)\\s+(?:on-?site|office))");
    private static final Pattern REMOTE = Pattern.compile("(?=[dfhrstw])\\b(?:remote\\b|(?:fully|full|remote[- ]first)remote\\b"
            + "|work\\s+from\\s+(?:home|anywhere)\\b|home\\s?office\\b|t[ée]l[ée]travail|teletrabajo\\b|trabajo remoto\\b"
            + "|smart working\\b|da remoto\\b|thuiswerk|trabalho remoto\\b|teletrabalho\\b)");
    private static final List<String> REMOTE_JA = List.of("フルリモート", "在宅勤務", "リモートワーク", "テレワーク");
    private static final Pattern ONSITE = Pattern.compile("(?=[oiv])\\b(?:on[- ]?site\\b|in[- ]office\\b|vor\\s+ort\\b|in[- ]person\\b)");
    /** Checked in order: a title saying "Senior Staff" is lead, "Junior Associate" junior. */
    private static final Map<Pattern, EmploymentType> EMPLOYMENT_WORDS = orderedTable(
            "\\b(full[- ]?time|permanent|festanstellung|fest angestellt|unbefristet|temps plein|cdi|tiempo completo"
                    + "|jornada completa|tempo pieno|tempo indeterminato|voltijd|vaste baan|vast dienstverband|tempo integral"
                    + "|efetivo)\\b|\\bvollzeit|正社員|常勤", EmploymentType.FULL_TIME,
            "\\b(part[- ]?time|temps partiel|tiempo parcial|media jornada|medio tiempo|tempo parziale|deeltijd"
                    + "|meio per[íi]odo|tempo parcial)\\b|\\bteilzeit|パート|アルバイト|非常勤", EmploymentType.PART_TIME,
            "\\b(intern|internship|praktikum|werkstudent|working student|stagiaire|pr[áa]cticas|pasant[íi]a|becario"
                    + "|tirocinio|stagista|stagiair|est[áa]gio|estagi[áa]rio)\\b|インターン", EmploymentType.INTERNSHIP,
            "\\b(contract|contractor|freelance|freelancer|fixed[- ]term|con-(?:w2|hire|ind|corp|1099)|c2c|corp[- ]to[- ]corp"
                    + "|cdd|freiberuflich|werkvertrag|aut[óo]nomo|libero professionista|zzp)\\b|契約社員|業務委託", EmploymentType.CONTRACT,
            "\\b(temporary|temp|befristet|seasonal|int[ée]rim|interim|temporaire|contrato temporal|tempo determinato"
                    + "|tijdelijk|uitzendwerk|tempor[áa]rio)\\b|派遣", EmploymentType.TEMPORARY);
    private static final Map<Pattern, Seniority> SENIORITY_WORDS = orderedTable(
            "\\b(intern|internship|praktikant|trainee|werkstudent)\\b", Seniority.INTERN,
            "\\b(junior|jr\\.?|graduate|entry[- ]level|associate)(?![\\w])", Seniority.JUNIOR,
            "\\b(head of|director|vp|vice president|chief|cto|ceo|cfo)\\b", Seniority.EXECUTIVE,
            "\\b(principal|distinguished)\\b", Seniority.PRINCIPAL,
            "\\b(lead|staff|team lead|tech lead|manager)\\b", Seniority.LEAD,
            "\\b(senior|sr)(?![\\w])", Seniority.SENIOR,
            "\\b(mid|mid-level|intermediate)\\b", Seniority.MID);
    private static final Pattern YEARS = Pattern.compile("(?i)(\\d{1,2})\\s*\\+?\\s*(?:-\\s*\\d{1,2}\\s*)?years?");

    private JobAttributes() {
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<Pattern, T> orderedTable(Object... regexAndValue) {
        Map<Pattern, T> table = new LinkedHashMap<>();
        for (int i = 0; i < regexAndValue.length; i += 2) {
            table.put(Pattern.compile((String) regexAndValue[i], Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE),
                    (T) regexAndValue[i + 1]);
        }
        return table;
    }

    /** schema.org or ATS values such as FULL_TIME, CONTRACTOR, "Full-time", "Vollzeit". */
    public static Optional<EmploymentType> employmentType(String value) {
        return value == null ? Optional.empty() : firstMatch(EMPLOYMENT_WORDS, value.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** From the title first, then from the years of experience asked for. */
    public static Optional<Seniority> seniority(String title, String text) {
        Optional<Seniority> fromTitle = title == null ? Optional.empty() : firstMatch(SENIORITY_WORDS, title.toLowerCase(Locale.ROOT));
        if (fromTitle.isPresent() || text == null) {
            return fromTitle;
        }
        Matcher years = YEARS.matcher(text);
        if (!years.find()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(years.group(1));
        if (n > 15) {
            return Optional.empty();
        }
        return Optional.of(n >= 5 ? Seniority.SENIOR : n >= 2 ? Seniority.MID : Seniority.JUNIOR);
    }

    private static <T> Optional<T> firstMatch(Map<Pattern, T> table, String text) {
        return table.entrySet().stream().filter(entry -> entry.getKey().matcher(text).find()).map(Map.Entry::getValue)
                .findFirst();
    }

    /** From schema.org jobLocationType, ATS workplace values, or what the page says. */
    public static Optional<RemoteMode> remoteMode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        if (text.contains("TELECOMMUTE")) {
            return Optional.of(RemoteMode.REMOTE);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (HYBRID.matcher(lower).find()) {
            return Optional.of(RemoteMode.HYBRID);
        }
        boolean onsite = ONSITE.matcher(lower).find();
        boolean remote = REMOTE.matcher(lower).find() || REMOTE_JA.stream().anyMatch(lower::contains);
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
