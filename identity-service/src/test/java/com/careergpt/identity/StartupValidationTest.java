package com.careergpt.identity;

import java.nio.file.Path;

import com.careergpt.identity.support.IdentityServiceTest;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The service refuses to start with a missing or weak secret, saying which setting is wrong. */
class StartupValidationTest {

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|" + IdentityServiceTest.INTERNAL_TOKEN + "|JWT_SECRET is not set",
            "c2hvcnQ=|" + IdentityServiceTest.INTERNAL_TOKEN + "|HS256 needs at least 256 bits",
            "not base64 at all!|" + IdentityServiceTest.INTERNAL_TOKEN + "|not valid base64",
            IdentityServiceTest.JWT_SECRET + "|''|INTERNAL_SERVICE_TOKEN must be set",
            IdentityServiceTest.JWT_SECRET + "|too-short|INTERNAL_SERVICE_TOKEN must have at least 32 characters" })
    void startRefusesWeakSecrets(String jwtSecret, String serviceToken, String message) {
        assertThatThrownBy(() -> IdentityApplication.application().run(
                "--server.port=0",
                "--careergpt.data-dir=" + dataDir,
                "--careergpt.jwt.secret=" + jwtSecret,
                "--careergpt.identity.internal.service-token=" + serviceToken).close())
                .satisfies(ex -> org.assertj.core.api.Assertions.assertThat(rootMessages(ex)).contains(message));
    }

    private static String rootMessages(Throwable ex) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
