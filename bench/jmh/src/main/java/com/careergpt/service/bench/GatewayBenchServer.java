package com.careergpt.service.bench;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import com.careergpt.common.jwt.AccessTokens;
import com.careergpt.common.jwt.JwtKeyRing;
import com.careergpt.service.CareerGptApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs careergpt-service with the test endpoints (bare, JWT-gated read, gated action) for bench/gateway-overhead.sh:
 * prints {@code PORT=<port>} and {@code TOKEN=<valid access token>} and serves until killed.
 */
public final class GatewayBenchServer {

    private GatewayBenchServer() {
    }

    public static void main(String[] args) throws Exception {
        String secret = System.getenv("JWT_SECRET");
        ConfigurableApplicationContext context = SpringApplication.run(CareerGptApplication.class,
                "--server.port=0",
                "--careergpt.data-dir=" + Files.createTempDirectory("careergpt-bench-"),
                "--careergpt.jwt.secret=" + secret,
                "--careergpt.gateway.internal-service-token=bench-internal-token-0123456789abcdef",
                "--careergpt.gateway.identity-base-url=http://127.0.0.1:9",
                "--careergpt.gateway.user-requests-per-minute=100000000",
                "--logging.level.root=WARN");
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String token = new AccessTokens(JwtKeyRing.fromBase64(secret, List.of()), "careergpt-identity", Duration.ofHours(2), Clock.systemUTC())
                .issue("bench-user", "verified", "user", Duration.ofHours(1)).value();
        System.out.println("PORT=" + port);
        System.out.println("TOKEN=" + token);
        System.out.flush();
        Thread.currentThread().join();
    }
}
