package com.careergpt.service.scraping.normalize;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.text.DateFormatSymbols;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates as job pages write them: ISO dates and timestamps, "November 2, 2026", "2 Nov 2026", "14.11.2026",
 * "14. November 2026", "5 de marzo de 2024", "1er mars 2024", month names in English, German, French, Spanish,
 * Italian, Dutch and Portuguese, "2026年11月2日", and relative forms ("3 days ago", "yesterday", "2 weeks ago",
 * "vor 3 Tagen") counted back from the day the page was fetched.
 */
public final class PostingDates {

    /** Month names and abbreviations in the languages of the fact labels, from the JDK's locale data. */
    private static final Map<String, Integer> MONTHS = monthNames();
    private static final String MONTH = "(" + MONTHS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(T[0-9:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?iu)\\b(\\d{1,2})(?:er|º)?\\.?\\s+(?:de\\s+)?" + MONTH
            + "\\s+(?:de\\s+)?(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?iu)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern JAPANESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern AGO = Pattern.compile("(?iu)\\b(\\d+|an?|one)\\s+(minute|hour|day|week|month)s?\\s+ago\\b");
    private static final Pattern VOR = Pattern.compile("(?iu)\\bvor\\s+(\\d+|einem|einer)\\s+(minute|stunde|tag|woche|monat)(?:n|en|e)?\\b");

    private PostingDates() {
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new HashMap<>();
        for (String language : List.of("en", "de", "fr", "es", "it", "nl", "pt")) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.forLanguageTag(language));
            for (int month = 0; month < 12; month++) {
                names.putIfAbsent(symbols.getMonths()[month].toLowerCase(Locale.ROOT), month + 1);
                names.putIfAbsent(symbols.getShortMonths()[month].toLowerCase(Locale.ROOT).replace(".", ""), month + 1);
            }
        }
        names.putIfAbsent("sept", 9);
        names.putIfAbsent("mär", 3);
        return Map.copyOf(names);
    }

    /** The first date a text states, relative ones counted back from {@code today}; numeric dates day first. */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        return parse(text, today, false);
    }

    /**
     * The first date a text states. "11-23-2010" or "03/04/2024" are read month first when {@code monthFirst} (the
     * page writes like the US), day first otherwise, unless one of the two numbers cannot be a month.
     */
    public static Optional<LocalDate> parse(String text, LocalDate today, boolean monthFirst) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return isoDate(iso.group());
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        if (dmy.find()) {
            return date(dmy.group(3), month(dmy.group(2)), dmy.group(1));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        if (mdy.find()) {
            return date(mdy.group(3), month(mdy.group(1)), mdy.group(2));
        }
        Matcher dotted = DOTTED.matcher(text);
        if (dotted.find()) {
            return date(dotted.group(3), Integer.parseInt(dotted.group(2)), dotted.group(1));
        }
        Matcher japanese = JAPANESE.matcher(text);
        if (japanese.find()) {
            return date(japanese.group(1), Integer.parseInt(japanese.group(2)), japanese.group(3));
        }
        Matcher numeric = NUMERIC.matcher(text);
        if (numeric.find()) {
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(3));
            boolean firstIsMonth = second > 12 || (first <= 12 && monthFirst);
            return firstIsMonth ? date(numeric.group(4), first, numeric.group(3))
                    : date(numeric.group(4), second, numeric.group(1));
        }
        return relative(text, today);
    }

    /** An ISO date or timestamp; a timestamp counts in its own offset ("2026-12-31T23:59:59+01:00" is the 31st). */
    public static Optional<LocalDate> isoDate(String value) {
        String trimmed = value.trim();
        try {
            if (trimmed.length() == 10) {
                return Optional.of(LocalDate.parse(trimmed));
            }
            try {
                return Optional.of(OffsetDateTime.parse(trimmed).toLocalDate());
            } catch (DateTimeParseException noOffset) {
                try {
                    return Optional.of(ZonedDateTime.parse(trimmed).toLocalDate());
                } catch (DateTimeParseException notZoned) {
                    return Optional.of(LocalDate.parse(trimmed.substring(0, 10)));
                }
            }
        } catch (DateTimeParseException | IndexOutOfBoundsException invalid) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> relative(String text, LocalDate today) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.matches("(?s).*\\b(just posted|today|heute|just now)\\b.*")) {
            return Optional.of(today);
        }
        if (lower.matches("(?s).*\\b(yesterday|gestern)\\b.*")) {
            return Optional.of(today.minusDays(1));
        }
        Matcher ago = AGO.matcher(text);
        if (ago.find()) {
            return Optional.of(back(today, count(ago.group(1)), ago.group(2).toLowerCase(Locale.ROOT)));
        }
        Matcher vor = VOR.matcher(text);
        if (vor.find()) {
            String unit = switch (vor.group(2).toLowerCase(Locale.ROOT)) {
                case "tag" -> "day";
                case "woche" -> "week";
                case "monat" -> "month";
                default -> "hour";
            };
            return Optional.of(back(today, count(vor.group(1)), unit));
        }
        return Optional.empty();
    }

    private static int count(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.matches("\\d+") ? Integer.parseInt(lower) : 1;
    }

    private static LocalDate back(LocalDate today, int n, String unit) {
        return switch (unit) {
            case "day" -> today.minusDays(n);
            case "week" -> today.minusWeeks(n);
            case "month" -> today.minusMonths(n);
            default -> today;
        };
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer month = MONTHS.get(key);
        if (month == null) {
            month = MONTHS.get(key.substring(0, Math.min(3, key.length())));
        }
        return month == null ? 0 : month;
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
    }
}
