package com.careergpt.identity.cleanup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "careergpt.identity.guest.cleanup-batch-size=2")
class StaleGuestCleanupTest extends IdentityServiceTest {

    @Autowired
    StaleGuestCleanup cleanup;

    @Test
    void unusedGuestsOlderThanThirtyDaysAreDeletedInBatchesAndEveryoneElseStays(CapturedOutput output) {
        List<TestHttp> idle = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            TestHttp guest = newDevice();
            guest.post("/auth/guest", null);
            idle.add(guest);
        }
        TestHttp usedFreeAction = newDevice();
        usedFreeAction.post("/auth/guest", null);
        usedFreeAction.post("/internal/guest-actions/claims",
                json("identity", usedFreeAction.cookie("identity_id").orElseThrow()), internalToken());
        TestHttp gaveEmail = newDevice();
        gaveEmail.post("/auth/guest", null);
        gaveEmail.post("/auth/email", json("email", "kept@example.com"));
        TestHttp verified = newDevice();
        signUp(verified, output, "kept.verified@example.com");

        clock.advance(Duration.ofDays(31));
        TestHttp recent = newDevice();
        recent.post("/auth/guest", null);

        assertThat(cleanup.deleteStaleGuests()).isEqualTo(5);

        for (TestHttp guest : idle) {
            assertThat(resolve(guest).status()).isEqualTo(404);
        }
        assertThat(resolve(usedFreeAction).status()).isEqualTo(200);
        assertThat(resolve(gaveEmail).status()).isEqualTo(200);
        assertThat(resolve(verified).status()).isEqualTo(200);
        assertThat(resolve(recent).status()).isEqualTo(200);
        assertThat(cleanup.deleteStaleGuests()).isZero();
    }

    private TestHttp.Response resolve(TestHttp device) {
        return device.post("/internal/identities/resolve", json("identity", device.cookie("identity_id").orElseThrow()),
                internalToken());
    }
}
