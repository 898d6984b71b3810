package com.careergpt.identity.verification;

import java.util.Locale;

import org.apache.commons.validator.routines.EmailValidator;

/**
 * What counts as an email address here: a deliverable mailbox on a public domain with a known top-level domain,
 * no IP literal, no quoted local part, at most 254 characters (RFC 5321). Stored trimmed and lower-cased.
 */
public final class EmailAddresses {

    static final int MAX_LENGTH = 254;
    private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, false);

    private EmailAddresses() {
    }

    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String email = raw.strip();
        return !email.isEmpty()
                && email.length() <= MAX_LENGTH
                && email.chars().noneMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch) || ch == '"')
                && !email.contains("[")
                && VALIDATOR.isValid(email);
    }

    public static String normalize(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT);
    }
}
