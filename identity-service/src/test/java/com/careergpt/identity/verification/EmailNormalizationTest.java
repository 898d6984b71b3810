package com.careergpt.identity.verification;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, finding 14: addresses with zero-width or bidi characters were separate accounts, and {@code bücher.de}
 * and {@code xn--bcher-kva.de} two accounts for one mailbox.
 */
class EmailNormalizationTest extends IdentityServiceTest {

    @ParameterizedTest
    @ValueSource(strings = { "ja\u200Bne.zw@example.com", "jane.zw@exa\u200Dmple.com", "\u202Ejane.zw@example.com",
            "jane.zw\u2066@example.com", "\uFEFFjane.zw@example.com", "jane\u00AD.zw@example.com",
            "jane.zw@example.com\u200E", "jane\u061C.zw@example.com" })
    void invisibleAndBidiControlCharactersAreRefusedNamingTheField(String email) {
        TestHttp device = newDevice();
        device.post("/auth/guest", null);
        TestHttp.Response response = device.post("/auth/email", json("email", email));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("field").asString()).isEqualTo("email");
        assertThat(device.get("/auth/state").json().path("state").asString()).isEqualTo("guest");
    }

    @Test
    void aUnicodeDomainAndItsPunycodeAreOneAccount(CapturedOutput output) {
        TestHttp first = newDevice();
        first.post("/auth/guest", null);
        TestHttp.Response sent = first.post("/auth/email", json("email", "idn.owner@bücher.de"));
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json().path("email").asString()).isEqualTo("i***r@xn--bcher-kva.de");
        String accountId = first.post("/auth/verify", json("code", codeFor(output, "idn.owner@xn--bcher-kva.de")))
                .json().path("userId").asString();

        TestHttp second = newDevice();
        second.post("/auth/guest", null);
        assertThat(second.post("/auth/email", json("email", "IDN.Owner@XN--BCHER-KVA.DE")).status()).isEqualTo(202);
        TestHttp.Response verified = second.post("/auth/verify",
                json("code", codeFor(output, "idn.owner@xn--bcher-kva.de")));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("userId").asString()).isEqualTo(accountId);
    }

    @Test
    void compatibilityFormsAreNormalizedWithNfkc(CapturedOutput output) {
        String accountId = signUp(newDevice(), output, "nfkc.user@example.com").json().path("userId").asString();

        TestHttp fullWidth = newDevice();
        fullWidth.post("/auth/guest", null);
        assertThat(fullWidth.post("/auth/email", json("email", "ｎｆｋｃ.ｕｓｅｒ@example.com")).status()).isEqualTo(202);
        TestHttp.Response verified = fullWidth.post("/auth/verify", json("code", codeFor(output, "nfkc.user@example.com")));
        assertThat(verified.json().path("userId").asString()).isEqualTo(accountId);
    }
}
