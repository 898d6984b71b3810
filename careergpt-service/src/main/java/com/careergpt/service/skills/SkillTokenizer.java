package com.careergpt.service.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words the way skill names are written: "C++", "C#", "Node.js" and ".NET" stay one word,
 * while hyphens and slashes separate words, so "Java-based" names Java and "scikit-learn" matches "scikit learn".
 */
final class SkillTokenizer {

    private SkillTokenizer() {
    }

    static List<Token> tokenize(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            boolean dotWord = c == '.' && i + 1 < length && Character.isLetter(text.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (!Character.isLetterOrDigit(c) && !dotWord) {
                i++;
                continue;
            }
            int start = i;
            i++;
            while (i < length) {
                char d = text.charAt(i);
                if (Character.isLetterOrDigit(d) || d == '+' || d == '#') {
                    i++;
                } else if ((d == '.' || d == '_') && i + 1 < length
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            tokens.add(new Token(text.subSequence(start, i).toString().toLowerCase(Locale.ROOT), start, i));
        }
        return tokens;
    }
}
