package com.careergpt.common.logs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecretTextTest {

    @ParameterizedTest
    @ValueSource(strings = { "Verification code for jane@example.com: 123456 (valid for 10 minutes)",
            "verification code for user1@x.org: 000001", "Your CareerGPT code: 987654",
            "Your CareerGPT verification code is 123456.", "VERIFICATION CODE\n for a@b.c => 555555" })
    void linesWithACodeAreSecret(String line) {
        assertThat(SecretText.holdsVerificationCode(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Sent a code to j***e@example.com for identity 123456ab-0000-1111-2222-333344445555",
            "Deleted 123456 stale guests", "HTTP status code 404", "Verification code sent", "" })
    void otherLinesAreNot(String line) {
        assertThat(SecretText.holdsVerificationCode(line)).isFalse();
    }
}
