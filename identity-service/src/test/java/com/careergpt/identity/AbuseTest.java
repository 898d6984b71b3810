package com.careergpt.identity;

import java.time.Duration;
import java.util.Map;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = { "careergpt.identity.guest.creation-limit=3",
        "careergpt.identity.verification.max-failures-per-day=8" })
class AbuseTest extends IdentityServiceTest {

    @Test
    void theSixthTryOfAWrongCodeFindsTheCodeLockedEvenWithTheRightCode(CapturedOutput output) {
        TestHttp device = emailCollected("six.tries@example.com");
        String code = codeFor(output, "six.tries@example.com");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 5; attempt++) {
            TestHttp.Response response = device.post("/auth/verify", json("code", wrong));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.problemType()).isEqualTo("wrong-code");
            assertThat(response.json().path("attemptsLeft").asInt()).isEqualTo(5 - attempt);
        }
        TestHttp.Response sixth = device.post("/auth/verify", json("code", code));
        assertThat(sixth.status()).isEqualTo(410);
        assertThat(sixth.problemType()).isEqualTo("code-locked");
        assertThat(sixth.json().path("next").asString()).isEqualTo("resend");

        clock.advance(Duration.ofSeconds(61));
        assertThat(device.post("/auth/email/resend", null).status()).isEqualTo(202);
        TestHttp.Response fresh = device.post("/auth/verify", json("code", codeFor(output, "six.tries@example.com")));
        assertThat(fresh.status()).isEqualTo(200);
    }

    @Test
    void anExpiredCodeIsRefusedWithAClearProblem(CapturedOutput output) {
        TestHttp device = emailCollected("expired@example.com");
        String code = codeFor(output, "expired@example.com");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        TestHttp.Response response = device.post("/auth/verify", json("code", code));
        assertThat(response.status()).isEqualTo(410);
        assertThat(response.problemType()).isEqualTo("code-expired");
        assertThat(response.json().path("detail").asString()).contains("expired");
    }

    @Test
    void aNewCodeInvalidatesThePreviousOne(CapturedOutput output) {
        TestHttp device = emailCollected("replaced@example.com");
        String first = codeFor(output, "replaced@example.com");
        clock.advance(Duration.ofSeconds(61));
        device.post("/auth/email/resend", null);
        String second = codeFor(output, "replaced@example.com");
        if (!first.equals(second)) {
            assertThat(device.post("/auth/verify", json("code", first)).problemType()).isEqualTo("wrong-code");
        }
        assertThat(device.post("/auth/verify", json("code", second)).status()).isEqualTo(200);
    }

    @Test
    void resendInsideTheCooldownIsRateLimitedWithRetryAfter() {
        TestHttp device = emailCollected("cooldown@example.com");
        clock.advance(Duration.ofSeconds(20));
        TestHttp.Response response = device.post("/auth/email/resend", null);
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.problemType()).isEqualTo("resend-cooldown");
        assertThat(response.header("Retry-After")).hasValue("40");
        TestHttp.Response sameEndpoint = device.post("/auth/email", json("email", "cooldown@example.com"));
        assertThat(sameEndpoint.status()).isEqualTo(429);
    }

    @Test
    void anIdentityGetsAtMostFiveCodesPerHour() {
        TestHttp device = emailCollected("hourly@example.com");
        for (int i = 2; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(device.post("/auth/email/resend", null).status()).isEqualTo(202);
        }
        clock.advance(Duration.ofSeconds(61));
        TestHttp.Response sixth = device.post("/auth/email/resend", null);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.problemType()).isEqualTo("code-limit-reached");
        assertThat(Long.parseLong(sixth.header("Retry-After").orElseThrow())).isBetween(1L, 3600L);
    }

    @Test
    void wrongCodesOverSeveralCodesHitTheDailyCapOfTheIdentity() {
        TestHttp device = emailCollected("daily@example.com");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThat(device.post("/auth/verify", json("code", "99999" + i)).status()).isIn(400, 410);
            }
            clock.advance(Duration.ofSeconds(61));
            device.post("/auth/email/resend", null);
        }
        TestHttp.Response capped = device.post("/auth/verify", json("code", "123456"));
        assertThat(capped.status()).isEqualTo(429);
        assertThat(capped.problemType()).isEqualTo("too-many-failures");
        assertThat(capped.header("Retry-After")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "plainaddress", "@example.com", "user@", "user@@example.com", "user@example",
            "user@.com", "user@example..com", "user name@example.com", "<script>alert(1)</script>@x.com",
            "user@localhost", "user@[127.0.0.1]", "a@b@c.com", "user@example.com,other@example.com",
            "user@-example.com", "user@exa_mple.com" })
    void junkEmailsGetA400NamingTheField(String junk) {
        TestHttp device = newDevice();
        device.post("/auth/guest", null);
        TestHttp.Response response = device.post("/auth/email", "{\"email\":\"" + junk.replace("\"", "\\\"") + "\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).isEqualTo("email");
        assertThat(device.get("/auth/state").json().path("state").asString()).isEqualTo("guest");
    }

    @Test
    void aMissingEmailFieldIsA400() {
        TestHttp device = newDevice();
        device.post("/auth/guest", null);
        TestHttp.Response response = device.post("/auth/email", "{}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("field").asString()).isEqualTo("email");
    }

    @Test
    void aCodeThatIsNotSixDigitsIsA400ForTheCodeField() {
        TestHttp device = emailCollected("format@example.com");
        for (String bad : new String[] { "12345", "1234567", "abcdef", "12 456" }) {
            TestHttp.Response response = device.post("/auth/verify", json("code", bad));
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().path("field").asString()).isEqualTo("code");
        }
    }

    @Test
    void oversizedBodiesAreRefusedBeforeTheyAreRead() {
        TestHttp device = newDevice();
        device.post("/auth/guest", null);
        String huge = "{\"email\":\"" + "a".repeat(100_000) + "@example.com\"}";
        TestHttp.Response response = device.post("/auth/email", huge);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("body-too-large");
    }

    @Test
    void aWrongContentTypeIsA415AndMalformedJsonA400() {
        TestHttp device = newDevice();
        device.post("/auth/guest", null);
        TestHttp.Response form = device.send("/auth/email", "POST", "email=a@example.com",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.contentType()).startsWith("application/problem+json");

        TestHttp.Response malformed = device.post("/auth/email", "{\"email\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void guestCreationIsLimitedPerAddressWithRetryAfter() {
        String address = "203.0.113.77";
        for (int i = 0; i < 3; i++) {
            assertThat(new TestHttp(port, address).post("/auth/guest", null).status()).isEqualTo(201);
        }
        TestHttp.Response limited = new TestHttp(port, address).post("/auth/guest", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.problemType()).isEqualTo("rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After").orElseThrow())).isBetween(3000L, 3600L);

        assertThat(new TestHttp(port, "203.0.113.78").post("/auth/guest", null).status()).isEqualTo(201);
        clock.advance(Duration.ofHours(1));
        assertThat(new TestHttp(port, address).post("/auth/guest", null).status()).isEqualTo(201);
    }

    @Test
    void anExistingGuestIsNotCountedAgainstTheLimit() {
        TestHttp device = new TestHttp(port, "203.0.113.90");
        device.post("/auth/guest", null);
        for (int i = 0; i < 10; i++) {
            assertThat(device.post("/auth/guest", null).status()).isEqualTo(200);
        }
    }

    @Test
    void anUnknownCookieIsTreatedAsNoCookie() {
        TestHttp device = newDevice();
        TestHttp.Response response = device.post("/auth/email", json("email", "nocookie@example.com"),
                Map.of("Cookie", "identity_id=forged-value"));
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.problemType()).isEqualTo("identity-required");
    }

    private TestHttp emailCollected(String email) {
        clock.advance(Duration.ofSeconds(61));
        TestHttp device = newDevice();
        device.post("/auth/guest", null);
        assertThat(device.post("/auth/email", json("email", email)).status()).isEqualTo(202);
        return device;
    }
}
