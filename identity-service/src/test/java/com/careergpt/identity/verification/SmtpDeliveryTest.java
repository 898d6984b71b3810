package com.careergpt.identity.verification;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With spring.mail.host set, codes go out by SMTP (to an in-process GreenMail server) and not to the console. */
class SmtpDeliveryTest extends IdentityServiceTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Test
    void theCodeArrivesByEmailAndVerifies(CapturedOutput output) throws Exception {
        TestHttp device = newDevice();
        device.post("/auth/guest", null);
        assertThat(device.post("/auth/email", json("email", "smtp.user@example.com")).status()).isEqualTo(202);

        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage message = SMTP.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("smtp.user@example.com");
        String body = GreenMailUtil.getBody(message);
        String code = body.replaceAll("(?s).*code is (\\d{6}).*", "$1");
        assertThat(code).matches("\\d{6}");
        assertThat(message.getSubject()).contains(code);
        assertThat(output.getOut()).doesNotContain("Verification code for smtp.user@example.com");

        TestHttp.Response verified = device.post("/auth/verify", json("code", code));
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("state").asString()).isEqualTo("verified");
    }
}
