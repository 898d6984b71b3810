package com.careergpt.service.security;

import java.util.Map;

import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.careergpt.service.support.GatewayTestSupport.INTERNAL_TOKEN;
import static com.careergpt.service.support.GatewayTestSupport.directClientProperties;
import static com.careergpt.service.support.GatewayTestSupport.port;
import static com.careergpt.service.support.GatewayTestSupport.startIdentity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no trusted proxy configured (the default), a client cannot pick the address its limits count against by
 * sending {@code X-Forwarded-For}: not at the gateway, and not at identity-service unless the gateway vouches for
 * the address with the service token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ForwardedHeadersTest {

    static final ConfigurableApplicationContext IDENTITY = startIdentity("--careergpt.identity.guest.creation-limit=3");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void gateway(DynamicPropertyRegistry registry) {
        directClientProperties(registry, IDENTITY);
    }

    @AfterAll
    static void stopIdentity() {
        IDENTITY.close();
    }

    @Test
    void aMadeUpForwardedForNeverMakesANewClient() {
        for (int i = 1; i <= 3; i++) {
            assertThat(new TestHttp(port, "10.77.0." + i).post("/auth/guest", null).status()).isEqualTo(201);
        }
        TestHttp.Response fourth = new TestHttp(port, "10.77.0.4").post("/auth/guest", null);
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isPresent();

        TestHttp identity = new TestHttp(port(IDENTITY), "203.0.113.77");
        assertThat(identity.post("/auth/guest", null, Map.of("X-Internal-Token", INTERNAL_TOKEN)).status())
                .as("the gateway's word for a client address, with the service token").isEqualTo(201);
        assertThat(new TestHttp(port(IDENTITY), "203.0.113.78").post("/auth/guest", null).status())
                .as("a client's own word for its address").isEqualTo(429);
    }
}
