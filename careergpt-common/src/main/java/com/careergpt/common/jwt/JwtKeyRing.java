package com.careergpt.common.jwt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HS256 secrets both services share. The first secret signs; every secret verifies, so a new secret can be
 * rolled out while tokens signed with the previous one are still valid. Each key is named by a key id derived
 * from the secret itself, so both services agree on it without extra configuration.
 */
public final class JwtKeyRing {

    /** RFC 7518 section 3.2: an HS256 key must be at least as long as the hash output. */
    public static final int MIN_SECRET_BYTES = 32;

    private final String signingKid;
    private final Map<String, SecretKey> keysById;

    private JwtKeyRing(String signingKid, Map<String, SecretKey> keysById) {
        this.signingKid = signingKid;
        this.keysById = keysById;
    }

    /**
     * @param signingSecret base64 (standard or URL alphabet) secret that signs new tokens
     * @param previousSecrets base64 secrets still accepted for verification
     * @throws WeakJwtSecretException when a secret is missing, not base64 or shorter than 256 bits
     */
    public static JwtKeyRing fromBase64(String signingSecret, List<String> previousSecrets) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String signingKid = addKey(keys, "JWT_SECRET", signingSecret);
        for (String previous : previousSecrets) {
            if (previous != null && !previous.isBlank()) {
                addKey(keys, "JWT_PREVIOUS_SECRETS", previous);
            }
        }
        return new JwtKeyRing(signingKid, Map.copyOf(keys));
    }

    private static String addKey(Map<String, SecretKey> keys, String settingName, String base64Secret) {
        byte[] secret = decode(settingName, base64Secret);
        String kid = keyIdOf(secret);
        keys.put(kid, new SecretKeySpec(secret, "HmacSHA256"));
        return kid;
    }

    private static byte[] decode(String settingName, String base64Secret) {
        if (base64Secret == null || base64Secret.isBlank()) {
            throw new WeakJwtSecretException(settingName + " is not set. Set it to a base64 secret of at least "
                    + MIN_SECRET_BYTES + " random bytes, e.g. `openssl rand -base64 48`.");
        }
        byte[] secret;
        try {
            String trimmed = base64Secret.trim();
            secret = (trimmed.contains("-") || trimmed.contains("_"))
                    ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        }
        catch (IllegalArgumentException ex) {
            throw new WeakJwtSecretException(settingName + " is not valid base64: " + ex.getMessage());
        }
        if (secret.length < MIN_SECRET_BYTES) {
            throw new WeakJwtSecretException(settingName + " decodes to " + secret.length * 8
                    + " bits; HS256 needs at least " + MIN_SECRET_BYTES * 8 + " bits. Generate one with `openssl rand -base64 48`.");
        }
        return secret;
    }

    /** The first 8 bytes of SHA-256 over the secret, base64url: names the key without revealing it. */
    static String keyIdOf(byte[] secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 8));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
        }
    }

    public String signingKid() {
        return signingKid;
    }

    public SecretKey signingKey() {
        return keysById.get(signingKid);
    }

    public Optional<SecretKey> find(String kid) {
        return kid == null ? Optional.empty() : Optional.ofNullable(keysById.get(kid));
    }

    /** A key derived from the signing secret for another purpose (e.g. hashing verification codes). */
    public byte[] derive(String purpose) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(signingKey().getEncoded());
            sha.update(purpose.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
        }
    }
}
