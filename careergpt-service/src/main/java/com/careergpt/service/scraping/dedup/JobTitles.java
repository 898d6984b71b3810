package com.careergpt.service.scraping.dedup;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Title keys and how alike two of them are. The gender note many European boards add to a title ("(m/w/d)",
 * "(f/m/x)", "(H/F)", "(all genders)") is dropped, since one board adds it and the next does not.
 */
final class JobTitles {

    private static final Pattern GENDER_NOTE = Pattern.compile(
            "\\(\\s*(?:[mwfdxh](?:\\s*[/|,*]\\s*[mwfdxh]){0,3}|all\\s+genders?|gn\\*?)\\s*\\)"
                    + "|(?<![\\p{L}\\p{N}])[mwfdxh](?:\\s*/\\s*[mwfdxh]){1,3}(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private JobTitles() {
    }

    static String key(String title) {
        return title == null ? "" : TextKeys.normalize(GENDER_NOTE.matcher(title).replaceAll(" "));
    }

    /**
     * Jaccard similarity of the two keys' word sets: "backend engineer java" and "senior backend engineer java"
     * score 0.75, "frontend engineer" and "backend engineer" 0.33. Two empty keys are alike.
     */
    static double similarity(String key, String otherKey) {
        if (key.equals(otherKey)) {
            return 1.0;
        }
        Set<String> words = Arrays.stream(TextKeys.words(key)).collect(Collectors.toSet());
        Set<String> other = Arrays.stream(TextKeys.words(otherKey)).collect(Collectors.toSet());
        long shared = words.stream().filter(other::contains).count();
        int union = words.size() + other.size() - (int) shared;
        return union == 0 ? 1.0 : (double) shared / union;
    }
}
