package com.careergpt.identity.revocation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, finding 13 (identity's part): an access token stayed valid after sign-out. Sign-out records a
 * revocation that identity-service enforces and the gateway polls from {@code /internal/tokens/revocations}.
 */
class AccessTokenRevocationTest extends IdentityServiceTest {

    private static final String REVOCATIONS = "/internal/tokens/revocations";

    @Autowired
    private AccessTokenRevocations revocations;

    @Test
    void anAccessTokenIsRefusedAfterSignOutAndANewSignInWorks(CapturedOutput output) {
        TestHttp device = newDevice();
        String token = signUp(device, output, "signs.out@example.com").json().path("token").asString();
        assertThat(newDevice().get("/auth/state", bearer(token)).status()).isEqualTo(200);

        assertThat(device.post("/auth/logout", null).status()).isEqualTo(204);

        TestHttp.Response refused = newDevice().get("/auth/state", bearer(token));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemType()).isEqualTo("invalid-token");

        clock.advance(Duration.ofSeconds(61));
        device.post("/auth/email/resend", null);
        TestHttp.Response again = device.post("/auth/verify", json("code", codeFor(output, "signs.out@example.com")));
        assertThat(again.status()).isEqualTo(200);
        assertThat(newDevice().get("/auth/state", bearer(again.json().path("token").asString())).status())
                .isEqualTo(200);
    }

    @Test
    void signingOutWithOnlyTheBearerTokenRevokesItToo(CapturedOutput output) {
        String token = signUp(newDevice(), output, "bearer.only@example.com").json().path("token").asString();

        assertThat(newDevice().post("/auth/logout", null, bearer(token)).status()).isEqualTo(204);

        assertThat(newDevice().get("/auth/state", bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void theAdminChainRefusesARevokedAdminToken(CapturedOutput output) {
        TestHttp admin = newDevice();
        String token = signUp(admin, output, ADMIN_EMAIL).json().path("token").asString();
        assertThat(newDevice().post("/auth/admin/users/no-such-user/promote", null, bearer(token)).status()).isEqualTo(404);

        admin.post("/auth/logout", null);

        TestHttp.Response refused = newDevice().post("/auth/admin/users/no-such-user/promote", null, bearer(token));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("invalid-token");
    }

    @Test
    void aReusedRefreshTokenRevokesTheAccessTokensToo(CapturedOutput output) {
        TestHttp device = newDevice();
        String token = signUp(device, output, "reused.refresh@example.com").json().path("token").asString();
        String used = device.cookie("refresh_token").orElseThrow();
        assertThat(device.post("/auth/refresh", null).status()).isEqualTo(200);

        assertThat(newDevice().post("/auth/refresh", null, Map.of("Cookie", "refresh_token=" + used)).status())
                .isEqualTo(401);

        assertThat(newDevice().get("/auth/state", bearer(token)).status()).isEqualTo(401);
    }

    @Test
    void theInternalListNamesTheUserAndTheInstantAndIsPrunedWhenNoCoveredTokenCanLive(CapturedOutput output) {
        TestHttp first = newDevice();
        String firstUser = signUp(first, output, "listed.first@example.com").json().path("userId").asString();
        first.post("/auth/logout", null);
        Instant firstSignedOut = clock.instant();

        JsonNode all = list("");
        assertThat(Instant.parse(all.path("asOf").asString())).isBeforeOrEqualTo(clock.instant());
        JsonNode listed = revocationOf(all, firstUser);
        assertThat(listed).as("the first user's revocation").isNotNull();
        assertThat(Instant.parse(listed.path("revokedBefore").asString())).isAfter(firstSignedOut.minusSeconds(1))
                .isBeforeOrEqualTo(firstSignedOut.plusSeconds(1));

        clock.advance(Duration.ofSeconds(10));
        Instant since = clock.instant();
        TestHttp second = newDevice();
        String secondUser = signUp(second, output, "listed.second@example.com").json().path("userId").asString();
        second.post("/auth/logout", null);
        JsonNode recent = list("?since=" + since);
        assertThat(revocationOf(recent, secondUser)).isNotNull();
        assertThat(revocationOf(recent, firstUser)).isNull();

        // The first sign-out is 71 s older: its tokens (1 h, plus 30 s skew) can no longer be valid, the second's can.
        clock.advance(Duration.ofHours(1).minusSeconds(30));
        assertThat(revocationOf(list(""), firstUser)).isNull();
        assertThat(revocationOf(list(""), secondUser)).isNotNull();
        assertThat(revocations.prune()).isPositive();
    }

    @Test
    void theListIsInternalAndRefusesAMalformedSince() {
        assertThat(newDevice().get(REVOCATIONS).status()).isIn(401, 403);

        TestHttp.Response malformed = newDevice().get(REVOCATIONS + "?since=yesterday", internalToken());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(malformed.json().path("field").asString()).isEqualTo("since");
    }

    private JsonNode list(String query) {
        TestHttp.Response response = newDevice().get(REVOCATIONS + query, internalToken());
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode revocationOf(JsonNode list, String userId) {
        return list.path("revocations").valueStream().filter(row -> row.path("userId").asString().equals(userId))
                .findFirst().orElse(null);
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
