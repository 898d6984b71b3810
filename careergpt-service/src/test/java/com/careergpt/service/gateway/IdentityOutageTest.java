package com.careergpt.service.gateway;

import com.careergpt.identity.support.TestHttp;
import com.careergpt.service.support.GatewayTestSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.careergpt.service.support.GatewayTestSupport.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** With identity-service down, guests get 503 (not a free pass, not a 500); verified users keep working. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class IdentityOutageTest {

    static final ConfigurableApplicationContext IDENTITY = GatewayTestSupport.startIdentity();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        GatewayTestSupport.gatewayProperties(registry, IDENTITY);
    }

    @Test
    void guestsGet503AndVerifiedUsersCarryOn(CapturedOutput output) {
        String token = GatewayTestSupport.signUp(GatewayTestSupport.device(port), output, "outage@example.com");
        TestHttp guest = GatewayTestSupport.device(port);
        guest.post("/auth/guest", null);

        IDENTITY.close();

        TestHttp.Response guestAction = guest.post("/api/test/actions", "{}");
        assertThat(guestAction.status()).isEqualTo(503);
        assertThat(guestAction.contentType()).startsWith("application/problem+json");
        assertThat(guestAction.json().path("type").asString()).endsWith("/identity-unavailable");
        assertThat(guestAction.header("Retry-After")).isPresent();

        assertThat(guest.get("/api/test/mine").status()).isEqualTo(503);
        assertThat(guest.post("/auth/guest", null).status()).isEqualTo(503);

        TestHttp.Response verified = GatewayTestSupport.device(port).post("/api/test/actions", "{}", bearer(token));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("state").asString()).isEqualTo("verified");
    }
}
