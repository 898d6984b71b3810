package com.careergpt.identity;

import java.util.Map;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same migrations and queries on PostgreSQL. Subclasses provide the server: embedded (from Maven Central, no
 * Docker) or the postgres:17 container of docker-compose.yml (where Docker runs).
 * The service stops after the class (DirtiesContext) while the server still runs; the server stops at JVM exit.
 */
@DirtiesContext
abstract class IdentityPostgresChecks extends IdentityServiceTest {

    @Test
    void theWholeFlowRunsOnPostgres(CapturedOutput output) {
        TestHttp device = newDevice();
        TestHttp.Response verified = signUp(device, output, "postgres.user@example.com");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(device.post("/auth/refresh", null).status()).isEqualTo(200);

        TestHttp guest = newDevice();
        guest.post("/auth/guest", null);
        String body = json("identity", guest.cookie("identity_id").orElseThrow());
        assertThat(guest.post("/internal/guest-actions/claims", body, internalToken()).status()).isEqualTo(201);
        assertThat(guest.post("/internal/guest-actions/claims", body, internalToken()).status()).isEqualTo(409);
    }

    @Test
    void limitsAddressFormsAndRevocationsRunOnPostgres(CapturedOutput output) {
        TestHttp device = newDevice();
        TestHttp.Response verified = signUp(device, output, "pg.revoked@example.com");
        String token = verified.json().path("token").asString();
        device.post("/auth/logout", null);
        assertThat(newDevice().get("/auth/state", Map.of("Authorization", "Bearer " + token)).status())
                .isEqualTo(401);
        assertThat(newDevice().get("/internal/tokens/revocations", internalToken()).json().path("revocations")
                .valueStream().map(row -> row.path("userId").asString()))
                .contains(verified.json().path("userId").asString());

        TestHttp guest = newDevice();
        guest.post("/auth/guest", null);
        assertThat(guest.post("/auth/email", json("email", "pg.idn@bücher.de")).status()).isEqualTo(202);
        String wrong = codeFor(output, "pg.idn@xn--bcher-kva.de").equals("000000") ? "111111" : "000000";
        assertThat(guest.post("/auth/verify", json("code", wrong)).problemType()).isEqualTo("wrong-code");
        assertThat(guest.post("/auth/email", json("email", "pg.second@example.com")).problemType())
                .isEqualTo("resend-cooldown");
    }
}
