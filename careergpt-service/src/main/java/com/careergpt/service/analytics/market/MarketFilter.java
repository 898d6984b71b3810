package com.careergpt.service.analytics.market;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;


import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.jobs.SearchText;

/**
 * Which posts the market statistics count, checked. Every field but {@code limit} may be null: no dates count every
 * day, and rising skills then compare the first half of the days the selection spans with the second.
 * {@code words} are the lower-cased words of {@code q}, each to be found as a whole word in the title or
 * description.
 */
public record MarketFilter(
        LocalDate from,
        LocalDate to,
        List<String> words,
        String location,
        RemoteMode remote,
        String skill,
        LocalDate compareFrom,
        LocalDate compareTo,
        int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    static final int MAX_TEXT_CHARS = 200;
    static final int MAX_WORDS = 10;

    public MarketFilter {
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** No filter: every post, lists of the default length. */
    public static MarketFilter everything() {
        return of(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The filter from request parameters. An inverted date range, half a comparison period, an unknown remote mode,
     * a {@code limit} outside 1..100 or a {@code q} without words is a 400 problem naming the parameter.
     */
    public static MarketFilter of(LocalDate from, LocalDate to, String q, String location, String remote,
            String skill, LocalDate compareFrom, LocalDate compareTo, Integer limit) {
        if (from != null && to != null && from.isAfter(to)) {
            throw badParameter("from", "from must not be after to.");
        }
        if ((compareFrom == null) != (compareTo == null)) {
            String missing = compareFrom == null ? "compareFrom" : "compareTo";
            throw badParameter(missing, "Give both compareFrom and compareTo, or neither.");
        }
        if (compareFrom != null && compareFrom.isAfter(compareTo)) {
            throw badParameter("compareFrom", "compareFrom must not be after compareTo.");
        }
        int entries = limit == null ? DEFAULT_LIMIT : limit;
        if (entries < 1 || entries > MAX_LIMIT) {
            throw badParameter("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        RemoteMode remoteMode = blank(remote) ? null : RemoteMode.fromJson(remote)
                .orElseThrow(() -> badParameter("remote", "remote must be one of remote, hybrid, onsite."));
        return new MarketFilter(from, to, words(q), text("location", location), remoteMode, text("skill", skill),
                compareFrom, compareTo, entries);
    }

    private static List<String> words(String q) {
        if (blank(q)) {
            return List.of();
        }
        String text = text("q", q);
        List<String> words = text == null ? List.of()
                : Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                        .filter(word -> !word.isEmpty()).distinct().toList();
        if (words.isEmpty()) {
            throw badParameter("q", "q must contain a word (letters or digits).");
        }
        if (words.size() > MAX_WORDS) {
            throw badParameter("q", "q may hold at most " + MAX_WORDS + " words.");
        }
        return words;
    }

    private static String text(String field, String value) {
        String stripped = SearchText.cleanOrNull(value);
        if (stripped == null) {
            return null;
        }
        if (stripped.length() > MAX_TEXT_CHARS) {
            throw badParameter(field, field + " is longer than " + MAX_TEXT_CHARS + " characters.");
        }
        return stripped;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A 400 problem naming the query parameter that is wrong. */
}
