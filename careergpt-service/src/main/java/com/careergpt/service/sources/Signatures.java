package com.careergpt.service.sources;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature scheme of inbound hooks and outgoing webhooks: {@code X-CareerGPT-Timestamp} carries Unix seconds and
 * {@code X-CareerGPT-Signature} is {@code sha256=} and the hex HMAC-SHA256, keyed with the secret, of the timestamp, a
 * dot and the raw body. Signing the timestamp with the body is what makes the replay window hold: an old body cannot
 * be sent again under a fresh timestamp.
 */
final class Signatures {

    static final String SIGNATURE_HEADER = "X-CareerGPT-Signature";
    static final String TIMESTAMP_HEADER = "X-CareerGPT-Timestamp";
    private static final String PREFIX = "sha256=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Signatures() {
    }

    /** A new secret: 32 random bytes, base64url, prefixed so that a leaked one is recognisable. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is not available", unavailable);
        }
    }

    /** Whether the signature is the body's under this secret and the timestamp within the tolerance of now. */
    static boolean verify(String secret, String timestamp, String signature, byte[] body, Instant now,
            Duration tolerance) {
        if (timestamp == null || signature == null || !signature.startsWith(PREFIX)) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException malformed) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = sign(secret, seconds, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
