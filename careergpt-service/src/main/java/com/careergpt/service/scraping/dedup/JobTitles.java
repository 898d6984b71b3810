package com.careergpt.service.scraping.dedup;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Title keys and how alike two of them are. The gender note many European boards add to a title ("(m/w/d)",
 * "(f/m/x)", "(H/F)", "(all genders)") is dropped, since one board adds it and the next does not. Titles that name
 * different levels ("Senior" and "Principal", "Engineer II" and "Engineer III") are different openings even when a
 * company posts them with one text; a level named by one title only is let pass, since boards shorten titles.
 */
final class JobTitles {

    private static final Pattern GENDER_NOTE = Pattern.compile(
            "\\(\\s*(?:[mwfdxh](?:\\s*[/|,*]\\s*[mwfdxh]){0,3}|all\\s+genders?|gn\\*?)\\s*\\)"
                    + "|(?<![\\p{L}\\p{N}])[mwfdxh](?:\\s*/\\s*[mwfdxh]){1,3}(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private static final Set<String> LEVELS = Set.of("intern", "internship", "trainee", "apprentice", "graduate",
            "entry", "junior", "mid", "intermediate", "senior", "staff", "principal", "lead", "head",
            "chief", "distinguished", "ii", "iii", "iv", "werkstudent", "praktikant");

    private static final Map<String, String> ABBREVIATIONS = Map.of("sr", "senior", "snr", "senior", "jr", "junior",
            "jnr", "junior");

    private JobTitles() {
    }

    /** Normalized title without gender note, with abbreviated levels spelled out ("Sr." is "senior"). */
    static String key(String title) {
        if (title == null) {
            return "";
        }
        String[] words = TextKeys.words(TextKeys.normalize(GENDER_NOTE.matcher(title).replaceAll(" ")));
        for (int i = 0; i < words.length; i++) {
            words[i] = ABBREVIATIONS.getOrDefault(words[i], words[i]);
        }
        return String.join(" ", words);
    }

    /**
     * Jaccard similarity of the two keys' word sets: "backend engineer java" and "senior backend engineer java"
     * score 0.75, "frontend engineer" and "backend engineer" 0.33. Two empty keys are alike; titles naming different
     * levels score 0.
     */
    static double similarity(String key, String otherKey) {
        if (key.equals(otherKey)) {
            return 1.0;
        }
        Set<String> words = Arrays.stream(TextKeys.words(key)).collect(Collectors.toSet());
        Set<String> other = Arrays.stream(TextKeys.words(otherKey)).collect(Collectors.toSet());
        Set<String> level = levels(words);
        Set<String> otherLevel = levels(other);
        if (!level.isEmpty() && !otherLevel.isEmpty() && !level.equals(otherLevel)) {
            return 0.0;
        }
        long shared = words.stream().filter(other::contains).count();
        int union = words.size() + other.size() - (int) shared;
        return union == 0 ? 1.0 : (double) shared / union;
    }

    private static Set<String> levels(Set<String> words) {
        return words.stream().filter(LEVELS::contains).collect(Collectors.toSet());
    }
}
