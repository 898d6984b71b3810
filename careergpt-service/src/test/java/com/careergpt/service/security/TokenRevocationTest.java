package com.careergpt.service.security;

import java.time.Duration;
import java.time.Instant;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.GatewayTestSupport;
import com.careergpt.service.support.SharedIdentityGateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static com.careergpt.service.support.GatewayTestSupport.signUp;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-out withdraws the user's access tokens: identity-service at once, the gateway within its refresh interval. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "careergpt.gateway.revocation-refresh=200ms")
@ExtendWith(OutputCaptureExtension.class)
class TokenRevocationTest extends SharedIdentityGateway {

    @Test
    void aSignedOutUsersTokenIsRefusedEverywhereWhileOtherUsersKeepWorking(CapturedOutput output) throws Exception {
        TestHttp leaving = GatewayTestSupport.device(port);
        String token = signUp(leaving, output, "leaving@example.com");
        TestHttp staying = GatewayTestSupport.device(port);
        String other = signUp(staying, output, "staying@example.com");
        assertThat(leaving.get("/api/test/mine", bearer(token)).status()).isEqualTo(200);

        assertThat(leaving.post("/auth/logout", null, bearer(token)).status()).isBetween(200, 204);

        TestHttp.Response atIdentity = leaving.get("/auth/state", bearer(token));
        assertThat(atIdentity.status()).isEqualTo(401);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(3));
        TestHttp.Response atGateway = leaving.get("/api/test/mine", bearer(token));
        while (atGateway.status() == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            atGateway = leaving.get("/api/test/mine", bearer(token));
        }
        assertThat(atGateway.status()).isEqualTo(401);
        assertThat(atGateway.problemType()).isEqualTo("invalid-token");
        assertThat(atGateway.json().path("detail").asString()).contains("revoked");

        assertThat(staying.get("/api/test/mine", bearer(other)).status()).isEqualTo(200);
    }
}
