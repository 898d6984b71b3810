package com.careergpt.identity;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jws;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityFlowTest extends IdentityServiceTest {

    @Test
    void guestGivesEmailConfirmsCodeAndGetsAJwtWithTheExpectedClaims(CapturedOutput output) {
        TestHttp device = newDevice();
        TestHttp.Response created = device.post("/auth/guest", null);
        assertThat(created.status()).isEqualTo(201);
        String setCookie = created.header("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("identity_id=").contains("HttpOnly").contains("SameSite=Lax").contains("Max-Age=");
        String guestId = created.json().path("id").asString();
        assertThat(created.json().path("state").asString()).isEqualTo("guest");

        TestHttp.Response again = device.post("/auth/guest", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(guestId);

        TestHttp.Response sent = device.post("/auth/email", json("email", " Flow.User@Example.com "));
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().path("state").asString()).isEqualTo("email_collected");
        assertThat(sent.json().path("email").asString()).isEqualTo("f***r@example.com");
        assertThat(output.getOut()).contains("flow.user@example.com");

        TestHttp.Response verified = device.post("/auth/verify", json("code", codeFor(output, "flow.user@example.com")));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("state").asString()).isEqualTo("verified");
        assertThat(device.cookie("refresh_token")).isPresent();

        String token = verified.json().path("token").asString();
        Jws<Claims> jws = Jwts.parser().verifyWith(Keys.hmacShaKeyFor(Base64.getDecoder().decode(JWT_SECRET)))
                .build().parseSignedClaims(token);
        Claims claims = jws.getPayload();
        assertThat(jws.getHeader().getAlgorithm()).isEqualTo("HS256");
        assertThat(jws.getHeader().getKeyId()).isNotBlank();
        assertThat(claims.getSubject()).isEqualTo(guestId);
        assertThat(claims.get("state", String.class)).isEqualTo("verified");
        assertThat(claims.get("role", String.class)).isEqualTo("user");
        assertThat(claims.getAudience()).containsExactly("careergpt");
        assertThat(claims.getIssuer()).isEqualTo("careergpt-identity");
        assertThat(claims.getId()).isNotBlank();
        assertThat(Duration.between(claims.getIssuedAt().toInstant(), claims.getExpiration().toInstant()))
                .isEqualTo(Duration.ofHours(1));

        TestHttp.Response state = newDevice().get("/auth/state", Map.of("Authorization", "Bearer " + token));
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.json().path("id").asString()).isEqualTo(guestId);
        assertThat(state.json().path("state").asString()).isEqualTo("verified");
        assertThat(state.json().path("email").asString()).isEqualTo("f***r@example.com");
    }

    @Test
    void aReturningUserOnANewDeviceSignsInToTheExistingAccount(CapturedOutput output) {
        TestHttp laptop = newDevice();
        String accountId = signUp(laptop, output, "returning@example.com").json().path("userId").asString();

        TestHttp phone = newDevice();
        String phoneGuestId = phone.post("/auth/guest", null).json().path("id").asString();
        assertThat(phoneGuestId).isNotEqualTo(accountId);
        assertThat(phone.post("/auth/email", json("email", "returning@example.com")).status()).isEqualTo(202);
        TestHttp.Response verified = phone.post("/auth/verify", json("code", codeFor(output, "returning@example.com")));

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("userId").asString()).isEqualTo(accountId);
        JsonNode state = phone.get("/auth/state").json();
        assertThat(state.path("id").asString()).isEqualTo(accountId);
        assertThat(state.path("state").asString()).isEqualTo("verified");
    }

    @Test
    void aVerifiedUserWithoutASessionSignsInAgainWithACodeButCannotSwitchAddress(CapturedOutput output) {
        TestHttp device = newDevice();
        String userId = signUp(device, output, "again@example.com").json().path("userId").asString();
        device.post("/auth/logout", null);
        clock.advance(Duration.ofSeconds(61));

        TestHttp.Response other = device.post("/auth/email", json("email", "other@example.com"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.problemType()).isEqualTo("email-change-not-supported");

        TestHttp.Response sent = device.post("/auth/email/resend", null);
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().path("state").asString()).isEqualTo("verified");
        TestHttp.Response verified = device.post("/auth/verify", json("code", codeFor(output, "again@example.com")));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("userId").asString()).isEqualTo(userId);
    }

    @Test
    void refreshRotatesTheTokenAndReplayingAUsedOneRevokesTheWholeFamily(CapturedOutput output) {
        TestHttp device = newDevice();
        signUp(device, output, "refresh@example.com");
        String first = device.cookie("refresh_token").orElseThrow();

        TestHttp.Response refreshed = device.post("/auth/refresh", null);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().path("token").asString()).isNotBlank();
        String second = device.cookie("refresh_token").orElseThrow();
        assertThat(second).isNotEqualTo(first);

        TestHttp thief = newDevice();
        TestHttp.Response replay = thief.post("/auth/refresh", null, Map.of("Cookie", "refresh_token=" + first));
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.contentType()).startsWith("application/problem+json");

        TestHttp.Response afterRevocation = device.post("/auth/refresh", null);
        assertThat(afterRevocation.status()).isEqualTo(401);
        assertThat(afterRevocation.problemType()).isEqualTo("invalid-refresh-token");
    }

    @Test
    void logoutRevokesTheRefreshToken(CapturedOutput output) {
        TestHttp device = newDevice();
        signUp(device, output, "logout@example.com");
        String refresh = device.cookie("refresh_token").orElseThrow();

        assertThat(device.post("/auth/logout", null).status()).isEqualTo(204);

        TestHttp.Response reuse = newDevice().post("/auth/refresh", null, Map.of("Cookie", "refresh_token=" + refresh));
        assertThat(reuse.status()).isEqualTo(401);
    }

    @Test
    void adminsFromConfigurationGetTheAdminRoleAndPromoteVerifiedUsers(CapturedOutput output) {
        String adminToken = signUp(newDevice(), output, ADMIN_EMAIL).json().path("token").asString();
        TestHttp userDevice = newDevice();
        TestHttp.Response user = signUp(userDevice, output, "future.member@example.com");
        assertThat(user.json().path("role").asString()).isEqualTo("user");
        String userId = user.json().path("userId").asString();
        String path = "/auth/admin/users/" + userId + "/promote";

        assertThat(newDevice().post(path, null).status()).isEqualTo(401);
        assertThat(newDevice().post(path, null, bearer(user.json().path("token").asString())).status()).isEqualTo(403);

        TestHttp.Response promoted = newDevice().post(path, null, bearer(adminToken));
        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().path("state").asString()).isEqualTo("member");

        TestHttp.Response twice = newDevice().post(path, null, bearer(adminToken));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.problemType()).isEqualTo("illegal-transition");

        TestHttp.Response refreshed = userDevice.post("/auth/refresh", null);
        assertThat(refreshed.json().path("state").asString()).isEqualTo("member");
    }

    @Test
    void promotingAGuestIsAnIllegalTransition(CapturedOutput output) {
        String adminToken = signUp(newDevice(), output, ADMIN_EMAIL).json().path("token").asString();
        String guestId = newDevice().post("/auth/guest", null).json().path("id").asString();
        TestHttp.Response response = newDevice().post("/auth/admin/users/" + guestId + "/promote", null, bearer(adminToken));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("state").asString()).isEqualTo("guest");
    }

    @Test
    void stateWithoutCookieOrTokenTellsTheClientToCreateAGuest() {
        TestHttp.Response response = newDevice().get("/auth/state");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.problemType()).isEqualTo("identity-required");
        assertThat(response.json().path("next").asString()).isEqualTo("guest");
    }

    @Test
    void verifyingAsAGuestWithoutEmailIsAConflict() {
        TestHttp device = newDevice();
        device.post("/auth/guest", null);
        TestHttp.Response response = device.post("/auth/verify", json("code", "123456"));
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("illegal-transition");
    }

    @Test
    void openApiAndHealthArePublished() {
        TestHttp device = newDevice();
        assertThat(device.get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
        JsonNode paths = device.get("/v3/api-docs").json().path("paths");
        assertThat(paths.has("/auth/guest")).isTrue();
        assertThat(paths.has("/auth/verify")).isTrue();
        assertThat(paths.has("/auth/refresh")).isTrue();
    }

    private static Map<String, String> bearer(String token) {
        return Map.of("Authorization", "Bearer " + token);
    }
}
