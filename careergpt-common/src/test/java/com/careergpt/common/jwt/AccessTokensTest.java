package com.careergpt.common.jwt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokensTest {

    static final String SECRET = "dGVzdC1zZWNyZXQtb2YtYXQtbGVhc3QtMjU2LWJpdHMtZm9yLWhzMjU2LXNpZ25pbmc=";
    static final byte[] SECRET_BYTES = Base64.getDecoder().decode(SECRET);
    static final String KID = JwtKeyRing.keyIdOf(SECRET_BYTES);
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final String ISSUER = "careergpt-identity";

    static final AccessTokens TOKENS = new AccessTokens(JwtKeyRing.fromBase64(SECRET, List.of()), ISSUER,
            Duration.ofHours(2), Clock.fixed(NOW, ZoneOffset.UTC));

    /** A well-formed token body; each attack changes one thing. */
    static String claims(String extra) {
        return "{\"sub\":\"user-1\",\"iss\":\"" + ISSUER + "\",\"aud\":\"careergpt\",\"iat\":" + NOW.getEpochSecond()
                + ",\"exp\":" + (NOW.getEpochSecond() + 3600) + ",\"state\":\"verified\",\"role\":\"user\"" + extra + "}";
    }

    static Stream<Arguments> attacks() {
        String valid = sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims(""));
        return Stream.of(
                Arguments.of("alg none", unsigned(header("none", KID), claims(""))),
                Arguments.of("alg none, no kid", unsigned("{\"alg\":\"none\"}", claims(""))),
                Arguments.of("HS512 with the shared secret", sign("HmacSHA512", SECRET_BYTES, header("HS512", KID), claims(""))),
                Arguments.of("HS384 with the shared secret", sign("HmacSHA384", SECRET_BYTES, header("HS384", KID), claims(""))),
                Arguments.of("RS256 header, HMAC signature with the secret", sign("HmacSHA256", SECRET_BYTES, header("RS256", KID), claims(""))),
                Arguments.of("signed with the public text of a key", sign("HmacSHA256", PUBLIC_KEY_PEM.getBytes(StandardCharsets.US_ASCII), header("HS256", KID), claims(""))),
                Arguments.of("wrong audience", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("").replace("\"aud\":\"careergpt\"", "\"aud\":\"other-app\""))),
                Arguments.of("no audience", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("").replace("\"aud\":\"careergpt\",", ""))),
                Arguments.of("wrong issuer", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("").replace(ISSUER, "evil-issuer"))),
                Arguments.of("expired beyond the skew", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("")
                        .replace("\"exp\":" + (NOW.getEpochSecond() + 3600), "\"exp\":" + (NOW.getEpochSecond() - 31)))),
                Arguments.of("no expiry", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("")
                        .replace(",\"exp\":" + (NOW.getEpochSecond() + 3600), ""))),
                Arguments.of("not before in the future", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims(",\"nbf\":" + (NOW.getEpochSecond() + 120)))),
                Arguments.of("bad signature", valid.substring(0, valid.length() - 4) + (valid.endsWith("AAAA") ? "BBBB" : "AAAA")),
                Arguments.of("truncated", valid.substring(0, valid.lastIndexOf('.'))),
                Arguments.of("truncated signature", valid.substring(0, valid.length() - 10)),
                Arguments.of("unknown kid", sign("HmacSHA256", SECRET_BYTES, header("HS256", "unknown-kid"), claims(""))),
                Arguments.of("payload edited to admin", editPayload(valid, payload -> payload.replace("\"role\":\"user\"", "\"role\":\"admin\""))),
                Arguments.of("signed with another secret", sign("HmacSHA256", "another-secret-that-is-long-enough-32b!".getBytes(StandardCharsets.US_ASCII), header("HS256", KID), claims(""))),
                Arguments.of("no subject", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("").replace("\"sub\":\"user-1\",", ""))),
                Arguments.of("expiry 100 years ahead", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("")
                        .replace("\"exp\":" + (NOW.getEpochSecond() + 3600), "\"exp\":" + (NOW.getEpochSecond() + 100L * 365 * 86400)))),
                Arguments.of("lifetime longer than the maximum", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("")
                        .replace("\"exp\":" + (NOW.getEpochSecond() + 3600), "\"exp\":" + (NOW.getEpochSecond() + 3 * 3600)))),
                Arguments.of("issued in the future", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("")
                        .replace("\"iat\":" + NOW.getEpochSecond(), "\"iat\":" + (NOW.getEpochSecond() + 600)))),
                Arguments.of("no issue time", sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("")
                        .replace("\"iat\":" + NOW.getEpochSecond() + ",", ""))),
                Arguments.of("garbage", "not.a.jwt"),
                Arguments.of("empty", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void attackTokensAreRefused(String attack, String token) {
        assertThatThrownBy(() -> TOKENS.verify(token)).isInstanceOf(InvalidAccessTokenException.class);
    }

    @Test
    void theBaselineOfTheAttackTableIsAccepted() {
        AccessTokenClaims claims = TOKENS.verify(sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("")));
        assertThat(claims.subject()).isEqualTo("user-1");
        assertThat(claims.state()).isEqualTo("verified");
        assertThat(claims.isAdmin()).isFalse();
    }

    @Test
    void upToThirtySecondsOfClockSkewAreTolerated() {
        String justExpired = sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims("")
                .replace("\"exp\":" + (NOW.getEpochSecond() + 3600), "\"exp\":" + (NOW.getEpochSecond() - 20)));
        String almostValid = sign("HmacSHA256", SECRET_BYTES, header("HS256", KID), claims(",\"nbf\":" + (NOW.getEpochSecond() + 20)));
        assertThat(TOKENS.verify(justExpired).subject()).isEqualTo("user-1");
        assertThat(TOKENS.verify(almostValid).subject()).isEqualTo("user-1");
    }

    @Test
    void tokensLongerThanTheMaximumLifetimeAreNeverIssued() {
        assertThatThrownBy(() -> TOKENS.issue("user-1", "verified", "user", Duration.ofHours(3)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-access-token-lifetime");
    }

    @Test
    void issuedTokensVerifyAndCarryTheirClaims() {
        AccessTokens.SignedToken token = TOKENS.issue("user-9", "member", "admin", Duration.ofHours(1));
        AccessTokenClaims claims = TOKENS.verify(token.value());
        assertThat(claims.subject()).isEqualTo("user-9");
        assertThat(claims.state()).isEqualTo("member");
        assertThat(claims.isAdmin()).isTrue();
        assertThat(claims.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(token.value().split("\\.")[0]).isEqualTo(b64("{\"kid\":\"" + KID + "\",\"alg\":\"HS256\"}"));
    }

    @Test
    void duringRotationTokensOfThePreviousSecretStillVerify() {
        String newSecret = Base64.getEncoder().encodeToString("a-brand-new-secret-with-more-than-32-bytes".getBytes(StandardCharsets.US_ASCII));
        AccessTokens rotated = new AccessTokens(JwtKeyRing.fromBase64(newSecret, List.of(SECRET)), ISSUER,
                Duration.ofHours(2), Clock.fixed(NOW, ZoneOffset.UTC));
        String oldToken = TOKENS.issue("user-1", "verified", "user", Duration.ofHours(1)).value();
        assertThat(rotated.verify(oldToken).subject()).isEqualTo("user-1");

        AccessTokens withoutOld = new AccessTokens(JwtKeyRing.fromBase64(newSecret, List.of()), ISSUER,
                Duration.ofHours(2), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> withoutOld.verify(oldToken)).isInstanceOf(InvalidAccessTokenException.class);
    }

    /** RFC 7515 appendix A.1: the example key and JWS. */
    static final String RFC7515_KEY = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";
    static final String RFC7515_TOKEN = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
            + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
            + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

    @Test
    void theRfc7515ExampleVerifiesAtSignatureLevelThenFailsOnItsClaims() {
        AccessTokens rfc = new AccessTokens(JwtKeyRing.fromBase64(RFC7515_KEY, List.of()), "joe",
                Duration.ofHours(2), Clock.fixed(Instant.ofEpochSecond(1300819380 - 60), ZoneOffset.UTC));
        // The signature is right: what fails is the missing audience, not the key.
        assertThatThrownBy(() -> rfc.verify(RFC7515_TOKEN))
                .isInstanceOf(InvalidAccessTokenException.class)
                .hasMessageContaining("aud")
                .hasMessageNotContaining("signature");

        AccessTokens now = new AccessTokens(JwtKeyRing.fromBase64(RFC7515_KEY, List.of()), "joe",
                Duration.ofHours(2), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> now.verify(RFC7515_TOKEN)).hasMessageContaining("expired");

        String tampered = RFC7515_TOKEN.substring(0, RFC7515_TOKEN.length() - 1) + "j";
        assertThatThrownBy(() -> rfc.verify(tampered)).hasMessageContaining("signature");
    }

    @Test
    void weakOrMissingSecretsAreRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> JwtKeyRing.fromBase64("", List.of())).hasMessageContaining("JWT_SECRET is not set");
        assertThatThrownBy(() -> JwtKeyRing.fromBase64(Base64.getEncoder().encodeToString(new byte[31]), List.of()))
                .hasMessageContaining("248 bits");
        assertThatThrownBy(() -> JwtKeyRing.fromBase64(SECRET, List.of("c2hvcnQ=")))
                .hasMessageContaining("JWT_PREVIOUS_SECRETS");
    }

    static final String PUBLIC_KEY_PEM = """
            -----BEGIN PUBLIC KEY-----
            MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEEVs/o5+uQbTjL3chynL4wXgUg2R9
            q9UU8I5mEovUf86QZ7kOBIjJwqnzD1omageEHWwHdBO6B+dFabmdT9POxg==
            -----END PUBLIC KEY-----
            """;

    static String header(String alg, String kid) {
        return "{\"kid\":\"" + kid + "\",\"alg\":\"" + alg + "\"}";
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static String unsigned(String header, String payload) {
        return b64(header) + "." + b64(payload) + ".";
    }

    static String sign(String algorithm, byte[] key, String header, String payload) {
        String input = b64(header) + "." + b64(payload);
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            return input + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static String editPayload(String token, Function<String, String> edit) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return parts[0] + "." + b64(edit.apply(payload)) + "." + parts[2];
    }
}
