package com.careergpt.service.scraping.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careergpt.service.scraping.Salary;
import com.careergpt.service.scraping.SalaryPeriod;

/**
 * Reads pay from structured data or from prose: "$120k–$150k a year", "USD 45/hr", "€50.000 - €60.000 brutto/Jahr",
 * "£35,000 pa", "Up to 90K USD", "from 60k EUR". A figure counts only with a currency next to it, so years of
 * experience, "401k" or "4,000 warehouses" are not salaries. The yearly equivalent (hour x2080, day x260, week x52,
 * month x12) is given only within sanity bounds per currency ({@link PayBounds}); outside them the figures are kept as
 * stated and flagged. A three-letter code counts only when it is ISO 4217 (or, written next to a large amount, the
 * alpha-3 code of a country whose currency it then means: "JPN 610,000").
 */
public final class SalaryParser {

    public static final String STRUCTURED = "structured";
    public static final String DESCRIPTION = "description";
    /** Upper-case words that are ISO 4217 codes but mostly mean something else. */
    private static final Set<String> NOT_CURRENCIES = Set.of("ALL", "TOP", "MOP", "CUP", "BOB", "PEN", "MAD", "SOS");

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("$", "USD"), Map.entry("CA$", "CAD"), Map.entry("C$", "CAD"),
            Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"), Map.entry("NZ$", "NZD"), Map.entry("£", "GBP"),
            Map.entry("€", "EUR"), Map.entry("₹", "INR"), Map.entry("¥", "JPY"), Map.entry("円", "JPY"), Map.entry("Fr.", "CHF"),
            Map.entry("zł", "PLN"), Map.entry("kr", "SEK"));
    private static final String CURRENCY = "(?:US\\$|CA\\$|AU\\$|NZ\\$|C\\$|A\\$|\\$|£|€|₹|¥|円|\\b[A-Z]{3}\\b)";
    private static final String NUMBER = "\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:[.,'\\u00a0 ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
    private static final String AMOUNT = "(" + CURRENCY + ")?\\s?(" + NUMBER + ")\\s?([kKmM](?![a-zA-Z]))?\\s?(" + CURRENCY + ")?";
    private static final Pattern MONEY = Pattern.compile(
            "(?i:(up\\s+to|bis\\s+zu|max(?:imum)?\\.?|from|ab|starting\\s+at|min(?:imum)?\\.?)\\s+)?"
                    + AMOUNT
                    + "(?:\\s*(?:-|–|—|to|bis)\\s*" + AMOUNT + ")?");
    private static final Pattern BARE_RANGE = Pattern.compile("^\\s*(" + NUMBER + ")\\s?([kK])?(?:\\s*(?:-|–|—|to|bis|à|a|al)\\s*("
            + NUMBER + ")\\s?([kK])?)?\\s*([\\p{L}/ .]{0,20})$");
    private static final Pattern NOT_PAY = Pattern.compile(
            "(?i)^\\s*(?:funding|raised|in\\s+funding|revenue|valuation|series|users|customers|players|employees|downloads)");

    private static final Map<Pattern, SalaryPeriod> PERIODS = Map.of(
            Pattern.compile("(?i)^[\\s,]*(?:/\\s*|per\\s+|an?\\s+|pro\\s+|p\\.?\\s?)?(?:hour|hr|h\\b|stunde|std)|^[\\s,]*(?:hourly|(?:de\\s+l'|par\\s+|por\\s+|all'|per\\s+)(?:heure|hora|ora|uur))|^[\\s,]*(?:/\\s*)?時間"), SalaryPeriod.HOUR,
            Pattern.compile("(?i)^[\\s,]*(?:/\\s*|per\\s+|an?\\s+|pro\\s+)(?:day|tag)|^[\\s,]*(?:daily|day\\s+rate)"), SalaryPeriod.DAY,
            Pattern.compile("(?i)^[\\s,]*(?:/\\s*|per\\s+|an?\\s+|pro\\s+)(?:week|wk|woche)|^[\\s,]*weekly"), SalaryPeriod.WEEK,
            Pattern.compile("(?i)^[\\s,]*(?:brutto\\s*)?(?:/\\s*|per\\s+|an?\\s+|pro\\s+)(?:month|mo\\b|monat)|^[\\s,]*(?:monthly|monatlich|mtl|mensuel|mensual|mensile|mensal|(?:par|al|per|por)\\s+(?:mois|mes|mese|maand|mês))|^[\\s,]*(?:/\\s*)?月"), SalaryPeriod.MONTH,
            Pattern.compile("(?i)^[\\s,]*(?:gross\\s+|brutto\\s*)?(?:/\\s*|per\\s+|an?\\s+|pro\\s+)(?:year|yr|annum|jahr)|^[\\s,]*(?:p\\.?a\\.?\\b|pa\\b|annually|yearly|annual|jährlich|annuel|anual|annuo|annuale|(?:par|al|per|por)\\s+(?:an|año|anno|jaar|ano)\\b)|^[\\s,]*(?:/\\s*)?年"), SalaryPeriod.YEAR);

    private SalaryParser() {
    }

    /** Pay given as structured data (schema.org baseSalary, feeds): unit text such as HOUR, YEAR, per-year-salary. */
    public static Optional<Salary> structured(BigDecimal min, BigDecimal max, String currency, String unit) {
        if (min == null && max == null) {
            return Optional.empty();
        }
        SalaryPeriod period = periodOfUnit(unit).orElseGet(() -> guessPeriod(max != null ? max : min));
        String code = currency == null || currency.isBlank() ? null : code(currency.trim().toUpperCase(Locale.ROOT), true);
        return Optional.of(build(min, max, code, period, STRUCTURED));
    }

    /** The first plausible pay statement in a text, preferring one that names its period. */
    public static Optional<Salary> fromText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Salary firstWithoutPeriod = null;
        Matcher matcher = MONEY.matcher(text);
        while (matcher.find()) {
            Optional<Candidate> candidate = candidate(matcher, text);
            if (candidate.isEmpty()) {
                continue;
            }
            Candidate found = candidate.get();
            if (found.period != null) {
                return Optional.of(build(found.min, found.max, found.currency, found.period, DESCRIPTION));
            }
            if (firstWithoutPeriod == null) {
                BigDecimal reference = found.max != null ? found.max : found.min;
                firstWithoutPeriod = build(found.min, found.max, found.currency, guessPeriod(reference), DESCRIPTION);
            }
        }
        return Optional.ofNullable(firstWithoutPeriod);
    }

    private record Candidate(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period) {
    }

    private static Optional<Candidate> candidate(Matcher m, String text) {
        String written = firstNonNull(m.group(2), m.group(5), m.group(6), m.group(9));
        if (written == null || m.group(3) == null) {
            return Optional.empty();
        }
        boolean large = m.group(7) != null || m.group(4) != null || m.group(3).matches(".*\\d[.,'\\u00a0 ]\\d{3}.*");
        String currency = code(written, large);
        if (currency == null) {
            return Optional.empty();
        }
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
        if (NOT_PAY.matcher(after).find()) {
            return Optional.empty();
        }
        BigDecimal first = amount(m.group(3), m.group(4));
        BigDecimal second = m.group(7) == null ? null : amount(m.group(7), m.group(8) != null ? m.group(8) : m.group(4));
        if (second != null && m.group(4) == null && m.group(8) != null) {
            first = amount(m.group(3), m.group(8));
        }
        if (first == null || first.signum() <= 0) {
            return Optional.empty();
        }
        String qualifier = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        BigDecimal min = first;
        BigDecimal max = second != null ? second : first;
        if (second == null && (qualifier.startsWith("up") || qualifier.startsWith("bis") || qualifier.startsWith("max"))) {
            min = null;
        } else if (second == null && (qualifier.startsWith("from") || qualifier.equals("ab") || qualifier.startsWith("start")
                || qualifier.startsWith("min"))) {
            max = null;
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            BigDecimal swap = min;
            min = max;
            max = swap;
        }
        return Optional.of(new Candidate(min, max, currency, periodAfter(after).orElse(null)));
    }

    private static Optional<SalaryPeriod> periodAfter(String after) {
        String trimmed = after.replaceFirst("^\\s*(?:gross|brutto|netto|net)?\\s*", "");
        for (Map.Entry<Pattern, SalaryPeriod> entry : PERIODS.entrySet()) {
            if (entry.getKey().matcher(after).find() || entry.getKey().matcher(trimmed).find()) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    static BigDecimal amount(String number, String multiplier) {
        String digits = number.replace('\u00a0', ' ');
        Matcher decimal = Pattern.compile("[.,](\\d{1,2})$").matcher(digits);
        String fraction = "";
        if (decimal.find() && !digits.matches(".*[.,'\\s]\\d{3}$")) {
            fraction = decimal.group(1);
            digits = digits.substring(0, decimal.start());
        }
        String whole = digits.replaceAll("[.,'\\s]", "");
        if (whole.isEmpty()) {
            return null;
        }
        BigDecimal value = new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
        if (multiplier != null) {
            value = value.multiply(multiplier.equalsIgnoreCase("k") ? BigDecimal.valueOf(1_000) : BigDecimal.valueOf(1_000_000));
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value.stripTrailingZeros();
    }

    private static String code(String currency, boolean largeAmount) {
        String trimmed = currency.trim();
        String symbol = SYMBOLS.get(trimmed);
        if (symbol != null) {
            return symbol;
        }
        if (NOT_CURRENCIES.contains(trimmed)) {
            return null;
        }
        if (PayBounds.isCurrency(trimmed)) {
            return trimmed;
        }
        String ofCountry = largeAmount ? PayBounds.currencyOfCountry(trimmed) : null;
        return ofCountry != null && ofCountry.regionMatches(0, trimmed, 0, 2) ? ofCountry : null;
    }

    /**
     * Pay stated under a pay label ("Pay Rate: 70000-120000", "Gehalt: 55.000 - 65.000"): as prose, or, without a
     * currency, figures read in the currency of the job's country ({@code country}, ISO alpha-2) when they make a
     * plausible yearly salary; "90- 110 +/-" or "DOE" are no salary.
     */
    public static Optional<Salary> fromLabelledValue(String value, String country) {
        Optional<Salary> stated = fromText(value);
        if (stated.isPresent() || value == null) {
            return stated;
        }
        Matcher bare = BARE_RANGE.matcher(value);
        String currency = PayBounds.currencyOfCountry(country);
        if (!bare.matches() || currency == null) {
            return Optional.empty();
        }
        BigDecimal min = amount(bare.group(1), bare.group(2));
        BigDecimal max = bare.group(3) == null ? min : amount(bare.group(3), bare.group(4) != null ? bare.group(4) : bare.group(2));
        SalaryPeriod period = periodAfter(Objects.toString(bare.group(5), "")).orElse(SalaryPeriod.YEAR);
        Salary salary = build(min, max, currency, period, DESCRIPTION);
        return salary.flag() == null ? Optional.of(salary) : Optional.empty();
    }

    static Optional<SalaryPeriod> periodOfUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            return Optional.empty();
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.contains("hour")) {
            return Optional.of(SalaryPeriod.HOUR);
        }
        if (u.contains("day")) {
            return Optional.of(SalaryPeriod.DAY);
        }
        if (u.contains("week")) {
            return Optional.of(SalaryPeriod.WEEK);
        }
        if (u.contains("month")) {
            return Optional.of(SalaryPeriod.MONTH);
        }
        if (u.contains("year") || u.contains("annual")) {
            return Optional.of(SalaryPeriod.YEAR);
        }
        return Optional.empty();
    }

    /** Without a stated period, the size of the figure is the best hint. */
    private static SalaryPeriod guessPeriod(BigDecimal amount) {
        if (amount == null) {
            return SalaryPeriod.YEAR;
        }
        if (amount.compareTo(BigDecimal.valueOf(500)) < 0) {
            return SalaryPeriod.HOUR;
        }
        if (amount.compareTo(BigDecimal.valueOf(10_000)) < 0) {
            return SalaryPeriod.MONTH;
        }
        return SalaryPeriod.YEAR;
    }

    static Salary build(BigDecimal min, BigDecimal max, String currency, SalaryPeriod period, String source) {
        BigDecimal factor = switch (period) {
            case HOUR -> BigDecimal.valueOf(2080);
            case DAY -> BigDecimal.valueOf(260);
            case WEEK -> BigDecimal.valueOf(52);
            case MONTH -> BigDecimal.valueOf(12);
            case YEAR -> BigDecimal.ONE;
        };
        BigDecimal yearlyMin = min == null ? null : min.multiply(factor);
        BigDecimal yearlyMax = max == null ? null : max.multiply(factor);
        boolean plausible = PayBounds.plausibleYearly(yearlyMin, currency) && PayBounds.plausibleYearly(yearlyMax, currency);
        if (!plausible) {
            return new Salary(min, max, currency, period, source, null, null, "implausible_yearly_amount");
        }
        return new Salary(min, max, currency, period, source, yearlyMin, yearlyMax, null);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
