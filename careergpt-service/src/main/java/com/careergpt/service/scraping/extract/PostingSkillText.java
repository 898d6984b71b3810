package com.careergpt.service.scraping.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of a posting its skills are read from: the title and the description, without the employer's name
 * ("Cypress Group" names no test framework) and without address lines ("Phoenix, AZ 85004", "Hauptstraße 5,
 * 80331 München"). Sidebars and related jobs are already gone with the page's noise.
 */
final class PostingSkillText {

    private static final Pattern ADDRESS = Pattern.compile("\\b[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b"
            + "|\\b\\d{4,5}\\s+\\p{Lu}\\p{L}+|\\b\\d+\\s+(?:\\p{Lu}\\p{L}*\\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Drive|Dr|Lane|Suite)\\b"
            + "|(?:straße|strasse|str\\.|weg|platz|allee)\\s+\\d+");

    /** An address is a short line; a sentence that mentions "2 offices in Berlin" is not one. */
    private static final int MAX_ADDRESS_LINE = 120;

    private PostingSkillText() {
    }

    static String of(String title, String description, String company) {
        StringBuilder kept = new StringBuilder(description.length());
        for (String line : description.split("\n")) {
            if (line.length() > MAX_ADDRESS_LINE || !hasDigit(line) || !ADDRESS.matcher(line).find()) {
                kept.append(line).append('\n');
            }
        }
        String text = kept.toString();
        if (company != null && company.length() >= 3) {
            text = withoutName(text, company);
        }
        return title + "\n" + text;
    }

    /** The text without any mention of the name, in any case: a plain search in lower-cased text. */
    private static String withoutName(String text, String name) {
        String lowerText = text.toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT);
        if (lowerText.length() != text.length()) {
            return Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text)
                    .replaceAll(Matcher.quoteReplacement(" "));
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = lowerText.indexOf(lowerName); at >= 0; at = lowerText.indexOf(lowerName, from)) {
            out.append(text, from, at).append(' ');
            from = at + lowerName.length();
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
