package com.careergpt.service.scraping.jobs;

import java.text.Normalizer;

/**
 * Search text as the user meant it: NFKC-normalised, with every character that shows nothing (controls such as
 * NUL, format characters such as the zero-width space, byte order mark and bidi controls, no-break and other
 * Unicode spaces, unassigned and private-use code points) taken as a space, runs of spaces as one, and the ends
 * stripped. Neither SQLite, PostgreSQL (which refuses NUL) nor the embedding model ever sees such characters, and
 * text made only of them is empty.
 */
public final class SearchText {

    private SearchText() {
    }

    /** The cleaned text; empty when nothing visible is left, null for null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder cleaned = new StringBuilder(normalised.length());
        boolean pendingSpace = false;
        for (int offset = 0; offset < normalised.length(); ) {
            int codePoint = normalised.codePointAt(offset);
            offset += Character.charCount(codePoint);
            if (isInvisible(codePoint)) {
                pendingSpace = cleaned.length() > 0;
                continue;
            }
            if (pendingSpace) {
                cleaned.append(' ');
                pendingSpace = false;
            }
            cleaned.appendCodePoint(codePoint);
        }
        return cleaned.toString();
    }

    /** The cleaned text, or null when nothing visible is left: for optional filters. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    private static boolean isInvisible(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> true;
            default -> false;
        };
    }
}
