package com.careergpt.service.llm.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentences of a written summary, each ended by exactly one stop, none saying again what an earlier one said: a
 * sentence whose words an earlier one already holds is dropped, and one that holds an earlier one's words (the facts
 * line written out again with more detail) takes its place.
 */
final class SummarySentences {

    private static final Pattern TRAILING_STOPS = Pattern.compile("[\\s.!?…:;,]+$");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:!?])");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> sentences = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    /** Adds the sentence unless it repeats one already there; answers whether the summary grew or got richer. */
    boolean add(String sentence) {
        String written = ended(sentence);
        String key = key(written);
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < keys.size(); i++) {
            String earlier = keys.get(i);
            if (earlier.contains(key)) {
                return false;
            }
            if (key.contains(earlier)) {
                sentences.set(i, written);
                keys.set(i, key);
                return true;
            }
        }
        sentences.add(written);
        keys.add(key);
        return true;
    }

    int size() {
        return sentences.size();
    }

    String text() {
        return String.join(" ", sentences);
    }

    /** The sentence with its own closing "!" or "?" kept, any other run of closing marks made one full stop. */
    static String ended(String sentence) {
        String body = SPACE_BEFORE_PUNCTUATION.matcher(sentence.strip()).replaceAll("$1");
        String stops = body.substring(TRAILING_STOPS.matcher(body).replaceFirst("").length());
        String bare = body.substring(0, body.length() - stops.length());
        if (bare.isEmpty()) {
            return "";
        }
        char stop = stops.indexOf('?') >= 0 ? '?' : stops.indexOf('!') >= 0 ? '!' : '.';
        return bare + stop;
    }

    private static String key(String sentence) {
        return " " + NOT_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
    }
}
