package com.careergpt.service.analytics.market;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.careergpt.common.web.InOrder;
import com.careergpt.common.web.ProblemType;
import com.careergpt.common.web.ProblemWhenInvalid;
import com.careergpt.service.scraping.RemoteMode;
import com.careergpt.service.scraping.jobs.SearchText;

/**
 * Which posts the market statistics count, checked. Every field but {@code limit} may be null: no dates count every
 * day, and rising skills then compare the first half of the days the selection spans with the second.
 * {@code words} are the lower-cased words of {@code q}, each to be found as a whole word in the title or
 * description.
 */
@InOrder(first = "from", then = "to", message = "from must not be after to.")
@InOrder(first = "compareFrom", then = "compareTo", message = "compareFrom must not be after compareTo.")
@WholeComparedPeriod
@ProblemWhenInvalid(ProblemType.INVALID_PARAMETER)
public record MarketFilter(
        LocalDate from,
        LocalDate to,
        List<String> words,
        @Size(max = MAX_TEXT_CHARS, message = "location is longer than " + MAX_TEXT_CHARS + " characters.")
        String location,
        RemoteMode remote,
        @Size(max = MAX_TEXT_CHARS, message = "skill is longer than " + MAX_TEXT_CHARS + " characters.")
        String skill,
        LocalDate compareFrom,
        LocalDate compareTo,
        @Min(value = 1, message = LIMIT) @Max(value = MAX_LIMIT, message = LIMIT) int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    static final int MAX_TEXT_CHARS = 200;
    static final int MAX_WORDS = 10;
    private static final String LIMIT = "limit must be between 1 and " + MAX_LIMIT + ".";

    public MarketFilter {
        words = words == null ? List.of() : List.copyOf(words);
    }

    /** No filter: every post, lists of the default length. */
    public static MarketFilter everything() {
        return of(null, null, null, null, null, null, null, null, null);
    }

    /**
     * The filter from request parameters or tool arguments: an unknown remote mode or a {@code q} without words (or
     * with too many) is a 400 problem naming the parameter. The rest (days in order, a whole compared period,
     * {@code limit} 1..100, texts of at most 200 characters) is declared on the record and checked where
     * {@link MarketAnalytics#report} takes it.
     */
    public static MarketFilter of(LocalDate from, LocalDate to, String q, String location, String remote,
            String skill, LocalDate compareFrom, LocalDate compareTo, Integer limit) {
        int entries = limit == null ? DEFAULT_LIMIT : limit;
        RemoteMode remoteMode = blank(remote) ? null : RemoteMode.fromJson(remote)
                .orElseThrow(() -> badParameter("remote", "remote must be one of remote, hybrid, onsite."));
        return new MarketFilter(from, to, words(q), SearchText.cleanOrNull(location), remoteMode,
                SearchText.cleanOrNull(skill), compareFrom, compareTo, entries);
    }

    private static List<String> words(String q) {
        if (blank(q)) {
            return List.of();
        }
        String text = SearchText.cleanOrNull(q);
        if (text != null && text.length() > MAX_TEXT_CHARS) {
            throw badParameter("q", "q is longer than " + MAX_TEXT_CHARS + " characters.");
        }
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

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
