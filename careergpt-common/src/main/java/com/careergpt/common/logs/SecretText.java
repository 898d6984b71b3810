package com.careergpt.common.logs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that must never be stored as a log line: a verification code next to the words that announce it. Codes are
 * printed to the terminal only and never logged; this is the second line of defence should one be logged anyway.
 */
final class SecretText {

    private static final List<Pattern> CODE_PATTERNS = List.of(
            Pattern.compile("verification code\\b.{0,300}?(?<!\\d)\\d{6}(?!\\d)",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
            Pattern.compile("\\bcode(?: is)?:?\\s+(?<!\\d)\\d{6}(?!\\d)", Pattern.CASE_INSENSITIVE));

    private SecretText() {
    }

    static boolean holdsVerificationCode(String text) {
        return text != null && CODE_PATTERNS.stream().anyMatch(pattern -> pattern.matcher(text).find());
    }
}
