package com.careergpt.service.scraping.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds text to the form every de-duplication key is built from: lower case, accents stripped, every run of
 * punctuation or white space turned into one space. "Zürich – Café, 6+ yrs." becomes "zurich cafe 6 yrs".
 * One pass over the characters; a letter outside ASCII, Latin-1 and Latin Extended-A goes through
 * {@link Normalizer} once and is remembered, since decomposing every text would cost more than the whole fingerprint.
 */
final class TextKeys {

    private static final int TABLE_END = 0x180;
    private static final String[] FOLDED = foldTable();
    private static final String[] NO_WORDS = new String[0];
    /** Folded letters beyond the table, filled as texts bring them (job texts use a few thousand at most). */
    private static final Map<Integer, String> BEYOND_TABLE = new ConcurrentHashMap<>();
    /** Lower-cased ASCII letters and digits, 0 for everything else: the common case without a String per char. */
    private static final char[] ASCII = asciiTable();

    private TextKeys() {
    }

    static String normalize(String text) {
        List<String> whole = fold(text, false);
        return whole.isEmpty() ? "" : whole.get(0);
    }

    /**
     * The normalized sentences of a text: it is cut at line breaks, bullet characters and at '.', '!', '?', ';' or
     * ':' followed by white space. Joined with spaces they give {@link #normalize}.
     */
    static List<String> sentences(String text) {
        return fold(text, true);
    }

    private static List<String> fold(String text, boolean cutSentences) {
        List<String> pieces = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return pieces;
        }
        StringBuilder out = new StringBuilder(cutSentences ? 128 : text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            char ascii = cp < ASCII.length ? ASCII[cp] : 0;
            if (ascii != 0) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(ascii);
                continue;
            }
            String folded = foldCodePoint(cp);
            if (folded == null) {
                if (cutSentences && !out.isEmpty() && endsSentence(cp, text, i)) {
                    pieces.add(out.toString());
                    out.setLength(0);
                }
                gap = true;
            } else if (!folded.isEmpty()) {
                if (gap && !out.isEmpty()) {
                    out.append(' ');
                }
                gap = false;
                out.append(folded);
            }
        }
        if (!out.isEmpty()) {
            pieces.add(out.toString());
        }
        return pieces;
    }

    private static boolean endsSentence(int cp, String text, int next) {
        return switch (cp) {
            case '\n', '\r', '\u2028', '\u2029', '\u2022', '\u2023', '\u25AA', '\u25E6', '\u00B7' -> true;
            case '.', '!', '?', ';', ':' -> next == text.length() || Character.isWhitespace(text.charAt(next));
            default -> false;
        };
    }

    /** Words of an already normalized text. */
    static String[] words(String normalized) {
        return normalized.isEmpty() ? NO_WORDS : normalized.split(" ");
    }

    /**
     * The folded form of a code point: empty for combining marks and invisible format characters (they belong to
     * the word around them), null for a separator.
     */
    private static String foldCodePoint(int cp) {
        if (cp < TABLE_END) {
            return FOLDED[cp];
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT) {
            return "";
        }
        if (!Character.isLetterOrDigit(cp)) {
            return null;
        }
        return BEYOND_TABLE.computeIfAbsent(cp, TextKeys::decompose);
    }

    private static String decompose(int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(Character::toLowerCase)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static char[] asciiTable() {
        char[] table = new char[0x80];
        for (char c = '0'; c <= '9'; c++) {
            table[c] = c;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            table[c] = c;
            table[Character.toUpperCase(c)] = c;
        }
        return table;
    }

    private static String[] foldTable() {
        String[] table = new String[TABLE_END];
        for (int cp = 0; cp < TABLE_END; cp++) {
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                table[cp] = "";
            } else if (Character.isLetterOrDigit(cp)) {
                table[cp] = cp < 0x80 ? String.valueOf((char) Character.toLowerCase(cp)) : decompose(cp);
            }
        }
        // Letters without a canonical decomposition that still have a usual ASCII spelling.
        table['ß'] = "ss";
        table['æ'] = "ae";
        table['Æ'] = "ae";
        table['œ'] = "oe";
        table['Œ'] = "oe";
        table['ø'] = "o";
        table['Ø'] = "o";
        table['ł'] = "l";
        table['Ł'] = "l";
        table['đ'] = "d";
        table['Đ'] = "d";
        table['þ'] = "th";
        table['Þ'] = "th";
        table['ı'] = "i";
        return table;
    }
}
