package com.careergpt.identity.user;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;

import org.apache.commons.validator.routines.EmailValidator;

/**
 * What counts as an email address here: a deliverable mailbox on a public domain with a known top-level domain,
 * no IP literal, no quoted local part, no invisible formatting or bidirectional control characters (Unicode
 * category Cf), at most 254 characters (RFC 5321) in its stored form.
 *
 * <p>One mailbox has one stored form: trimmed, NFKC-normalized, lower-cased, and the domain in ASCII (IDNA
 * punycode, {@code bücher.de} is stored as {@code xn--bcher-kva.de}).
 */
public final class EmailAddresses {

    static final int MAX_LENGTH = 254;
    private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, false);

    private EmailAddresses() {
    }

    public static boolean isValid(String raw) {
        if (raw == null || hasInvisibleCharacters(raw)) {
            return false;
        }
        String email;
        try {
            email = normalize(raw);
        }
        catch (IllegalArgumentException ex) {
            return false;
        }
        return !email.isEmpty()
                && email.length() <= MAX_LENGTH
                && email.chars().noneMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch) || ch == '"')
                && !email.contains("[")
                && VALIDATOR.isValid(email);
    }

    /** Whether the text holds format characters (Cf: zero-width, BOM, soft hyphen) or bidirectional controls. */
    public static boolean hasInvisibleCharacters(String raw) {
        return raw.codePoints().anyMatch(cp -> Character.getType(cp) == Character.FORMAT || isBidiControl(cp));
    }

    /**
     * The stored form of a valid address: trimmed, NFKC, lower-cased, ASCII domain.
     *
     * @throws IllegalArgumentException when the domain is not a valid internationalized domain name
     */
    public static String normalize(String raw) {
        String email = nfkc(nfkc(raw.strip()).toLowerCase(Locale.ROOT));
        int at = email.lastIndexOf('@');
        if (at < 0) {
            return email;
        }
        String domain = IDN.toASCII(IDN.toUnicode(email.substring(at + 1))).toLowerCase(Locale.ROOT);
        return email.substring(0, at + 1) + domain;
    }

    private static String nfkc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static boolean isBidiControl(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                || direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
                || direction == Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT
                || direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE
                || direction == Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE
                || direction == Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE;
    }
}
