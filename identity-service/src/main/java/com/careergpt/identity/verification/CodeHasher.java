package com.careergpt.identity.verification;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.careergpt.common.jwt.JwtKeyRing;

import org.springframework.stereotype.Component;

/**
 * Makes 6-digit codes and their keyed hashes. The key is derived from the server's secret, so a copy of the
 * database alone does not let anyone try the million possible codes offline.
 */
@Component
class CodeHasher {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    CodeHasher(JwtKeyRing keys) {
        this.key = new SecretKeySpec(keys.derive("verification-code"), "HmacSHA256");
    }

    String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    String hash(String codeId, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((codeId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", ex);
        }
    }

    /** Compares in time independent of where the hashes differ. */
    boolean matches(String codeId, String code, String storedHash) {
        return MessageDigest.isEqual(hash(codeId, code).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
