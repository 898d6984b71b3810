package com.careergpt.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Users, codes and sessions live in the SQLite file: a restarted service on the same file knows them. */
@ExtendWith(OutputCaptureExtension.class)
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void stateSurvivesARestartOnTheSameSqliteFile(CapturedOutput output) {
        String token;
        String userId;
        String identityCookie;
        String refreshCookie;
        try (ConfigurableApplicationContext first = start()) {
            TestHttp device = new TestHttp(port(first), "192.0.2.10");
            device.post("/auth/guest", null);
            device.post("/auth/email", "{\"email\":\"restart@example.com\"}");
            TestHttp.Response verified = device.post("/auth/verify",
                    "{\"code\":\"" + output.getOut().replaceAll("(?s).*restart@example.com: (\\d{6}).*", "$1") + "\"}");
            assertThat(verified.status()).isEqualTo(200);
            token = verified.json().path("token").asString();
            userId = verified.json().path("userId").asString();
            identityCookie = device.cookie("identity_id").orElseThrow();
            refreshCookie = device.cookie("refresh_token").orElseThrow();
        }
        assertThat(Files.exists(dataDir.resolve("identity.db"))).isTrue();

        try (ConfigurableApplicationContext second = start()) {
            TestHttp device = new TestHttp(port(second), "192.0.2.10");
            TestHttp.Response byCookie = device.get("/auth/state", Map.of("Cookie", "identity_id=" + identityCookie));
            assertThat(byCookie.json().path("id").asString()).isEqualTo(userId);
            assertThat(byCookie.json().path("state").asString()).isEqualTo("verified");
            TestHttp.Response byToken = device.get("/auth/state", Map.of("Authorization", "Bearer " + token));
            assertThat(byToken.json().path("id").asString()).isEqualTo(userId);
            TestHttp.Response refreshed = device.post("/auth/refresh", null, Map.of("Cookie", "refresh_token=" + refreshCookie));
            assertThat(refreshed.status()).isEqualTo(200);
        }
    }

    private ConfigurableApplicationContext start() {
        return IdentityApplication.application().run(
                "--server.port=0",
                "--careergpt.data-dir=" + dataDir,
                "--careergpt.jwt.secret=" + IdentityServiceTest.JWT_SECRET,
                "--careergpt.identity.internal.service-token=" + IdentityServiceTest.INTERNAL_TOKEN);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
