package com.careergpt.service.llm.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The sentences of a written summary, each ended by exactly one stop and kept in the order of their place in the
 * source, none saying again what another one says: a sentence whose words another holds, or that holds another's
 * words, is refused.
 */
final class SummarySentences {

    private static final Pattern TRAILING_STOPS = Pattern.compile("[\\s.!?…:;,]+$");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:!?])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<Integer, String> sentences = new TreeMap<>();
    private final List<String> keys = new ArrayList<>();

    /** Adds the sentence at {@code place} (its order in the text) unless it repeats one already there. */
    boolean add(int place, String sentence) {
        String written = ended(sentence);
        String key = key(written);
        if (key.isBlank() || keys.stream().anyMatch(earlier -> earlier.contains(key) || key.contains(earlier))) {
            return false;
        }
        sentences.put(place, written);
        keys.add(key);
        return true;
    }

    String text() {
        return String.join(" ", sentences.values());
    }

    /** The sentence with its own closing "!" or "?" kept, any other run of closing marks made one full stop. */
    static String ended(String sentence) {
        String body = SPACE_BEFORE_PUNCTUATION.matcher(sentence.strip()).replaceAll("$1");
        String bare = TRAILING_STOPS.matcher(body).replaceFirst("");
        if (bare.isEmpty()) {
            return "";
        }
        String stops = body.substring(bare.length());
        char stop = stops.indexOf('?') >= 0 ? '?' : stops.indexOf('!') >= 0 ? '!' : '.';
        return bare + stop;
    }

    private static String key(String sentence) {
        return " " + NOT_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
    }
}
