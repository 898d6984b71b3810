package com.careergpt.identity.quota;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

class GuestQuotaTest extends IdentityServiceTest {

    @Test
    void twoHundredConcurrentClaimsOfOneGuestLetExactlyOneWin() throws Exception {
        TestHttp guest = newDevice();
        guest.post("/auth/guest", null);
        String body = json("identity", guest.cookie("identity_id").orElseThrow());

        int claims = 200;
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < claims; i++) {
                TestHttp caller = newDevice();
                Callable<Integer> claim = () -> {
                    start.await();
                    return caller.post("/internal/guest-actions/claims", body, internalToken()).status();
                };
                results.add(pool.submit(claim));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(claims - 1);
        }
        finally {
            pool.shutdownNow();
        }
        assertThat(guest.get("/auth/state").json().path("guestActionsUsed").asInt()).isEqualTo(1);
    }

    @Test
    void aReleasedClaimGivesTheFreeActionBackExactlyOnce() {
        TestHttp guest = newDevice();
        guest.post("/auth/guest", null);
        String body = json("identity", guest.cookie("identity_id").orElseThrow());

        TestHttp.Response claimed = guest.post("/internal/guest-actions/claims", body, internalToken());
        assertThat(claimed.status()).isEqualTo(201);
        TestHttp.Response second = guest.post("/internal/guest-actions/claims", body, internalToken());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("free-action-used");
        assertThat(second.json().path("next").asString()).isEqualTo("email");

        String claimId = claimed.json().path("claimId").asString();
        assertThat(guest.delete("/internal/guest-actions/claims/" + claimId, internalToken()).status()).isEqualTo(204);
        assertThat(guest.delete("/internal/guest-actions/claims/" + claimId, internalToken()).status()).isEqualTo(204);
        assertThat(guest.get("/auth/state").json().path("freeActionsLeft").asInt()).isEqualTo(1);

        assertThat(guest.post("/internal/guest-actions/claims", body, internalToken()).status()).isEqualTo(201);
        assertThat(guest.post("/internal/guest-actions/claims", body, internalToken()).status()).isEqualTo(409);
    }

    @Test
    void aVerifiedIdentityHasNoFreeActionToClaim(CapturedOutput output) {
        TestHttp device = newDevice();
        signUp(device, output, "quota.verified@example.com");
        TestHttp.Response response = device.post("/internal/guest-actions/claims",
                json("identity", device.cookie("identity_id").orElseThrow()), internalToken());
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("not-a-guest");
    }

    @Test
    void theInternalApiRefusesCallersWithoutTheServiceToken() {
        TestHttp guest = newDevice();
        guest.post("/auth/guest", null);
        String body = json("identity", guest.cookie("identity_id").orElseThrow());
        assertThat(guest.post("/internal/guest-actions/claims", body).status()).isEqualTo(403);
        TestHttp.Response wrong = guest.post("/internal/guest-actions/claims", body,
                Map.of("X-Internal-Token", INTERNAL_TOKEN + "x"));
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(guest.get("/auth/state").json().path("guestActionsUsed").asInt()).isZero();
    }

    @Test
    void resolveTellsWhoACookieIsAndUnknownCookiesAre404() {
        TestHttp guest = newDevice();
        String id = guest.post("/auth/guest", null).json().path("id").asString();
        TestHttp.Response resolved = guest.post("/internal/identities/resolve",
                json("identity", guest.cookie("identity_id").orElseThrow()), internalToken());
        assertThat(resolved.json().path("userId").asString()).isEqualTo(id);
        assertThat(resolved.json().path("state").asString()).isEqualTo("guest");

        TestHttp.Response unknown = guest.post("/internal/identities/resolve", json("identity", "nope"), internalToken());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("unknown-identity");
    }
}
