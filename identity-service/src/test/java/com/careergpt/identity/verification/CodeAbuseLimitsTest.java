package com.careergpt.identity.verification;

import java.time.Duration;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.TestHttp;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, findings 7 and 8: limits counted per target address let a stranger lock its owner out, and one guest
 * could send codes to any number of addresses. Limits now count per requesting identity and per client address.
 */
class CodeAbuseLimitsTest extends IdentityServiceTest {

    @Test
    void aStrangerAskingCodesForAnAddressNeverStopsItsOwnerFromGettingOne(CapturedOutput output) {
        String owner = "owner.asks@example.com";
        TestHttp stranger = guest(newDevice());
        assertThat(stranger.post("/auth/email", json("email", owner)).status()).isEqualTo(202);
        for (int i = 2; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(stranger.post("/auth/email/resend", null).status()).isEqualTo(202);
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(stranger.post("/auth/email/resend", null).status()).isEqualTo(429);

        TestHttp ownerDevice = guest(newDevice());
        TestHttp.Response sent = ownerDevice.post("/auth/email", json("email", owner));
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        assertThat(ownerDevice.post("/auth/verify", json("code", codeFor(output, owner))).status()).isEqualTo(200);
    }

    @Test
    void aStrangersWrongTriesNeverStopTheOwnerFromUsingACode(CapturedOutput output) {
        String owner = "owner.tries@example.com";
        TestHttp stranger = guest(newDevice());
        for (int round = 0; round < 4; round++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(stranger.post("/auth/email", json("email", owner)).status()).isEqualTo(202);
            String wrong = wrongFor(codeFor(output, owner));
            for (int attempt = 0; attempt < 5; attempt++) {
                assertThat(stranger.post("/auth/verify", json("code", wrong)).status()).isIn(400, 410);
            }
        }
        TestHttp.Response strangerCapped = stranger.post("/auth/verify", json("code", "123456"));
        assertThat(strangerCapped.status()).isEqualTo(429);
        assertThat(strangerCapped.problemType()).isEqualTo("too-many-failures");

        TestHttp ownerDevice = guest(newDevice());
        assertThat(ownerDevice.post("/auth/email", json("email", owner)).status()).isEqualTo(202);
        TestHttp.Response verified = ownerDevice.post("/auth/verify", json("code", codeFor(output, owner)));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
    }

    @Test
    void oneGuestSendsCodesToAtMostThreeAddressesAnHour() {
        TestHttp device = guest(newDevice());
        for (String email : new String[] { "first.of.three@example.com", "second.of.three@example.com",
                "third.of.three@example.com" }) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(device.post("/auth/email", json("email", email)).status()).isEqualTo(202);
        }
        clock.advance(Duration.ofSeconds(61));
        TestHttp.Response fourth = device.post("/auth/email", json("email", "fourth.of.three@example.com"));
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat(fourth.problemType()).isEqualTo("address-limit-reached");
        assertThat(fourth.json().path("field").asString()).isEqualTo("email");
        assertThat(Long.parseLong(fourth.header("Retry-After").orElseThrow())).isBetween(3000L, 3600L);

        assertThat(device.post("/auth/email", json("email", "third.of.three@example.com")).status()).isEqualTo(202);
        clock.advance(Duration.ofHours(1));
        assertThat(device.post("/auth/email", json("email", "fourth.of.three@example.com")).status()).isEqualTo(202);
    }

    @Test
    void oneClientAddressSendsCodesToAtMostTenAddressesAnHour() {
        String client = "203.0.113.61";
        for (int i = 1; i <= 10; i++) {
            TestHttp device = guest(new TestHttp(port, client));
            assertThat(device.post("/auth/email", json("email", "client.limit." + i + "@example.com")).status())
                    .isEqualTo(202);
        }
        TestHttp eleventh = guest(new TestHttp(port, client));
        TestHttp.Response refused = eleventh.post("/auth/email", json("email", "client.limit.11@example.com"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.problemType()).isEqualTo("address-limit-reached");
        assertThat(refused.header("Retry-After")).isPresent();

        TestHttp elsewhere = guest(newDevice());
        assertThat(elsewhere.post("/auth/email", json("email", "client.limit.11@example.com")).status()).isEqualTo(202);
    }

    @Test
    void oneClientAddressAsksAtMostTwentyCodesAnHour() {
        String client = "203.0.113.62";
        for (int i = 1; i <= 20; i++) {
            TestHttp device = guest(new TestHttp(port, client));
            assertThat(device.post("/auth/email", json("email", "same.target@example.com")).status()).isEqualTo(202);
        }
        TestHttp.Response refused = guest(new TestHttp(port, client))
                .post("/auth/email", json("email", "same.target@example.com"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.problemType()).isEqualTo("code-limit-reached");
        assertThat(refused.header("Retry-After")).isPresent();
    }

    @Test
    void oneClientAddressMakesAtMostAHundredWrongTriesADay(CapturedOutput output) {
        String client = "203.0.113.63";
        TestHttp[] guests = new TestHttp[5];
        for (int g = 0; g < guests.length; g++) {
            guests[g] = guest(new TestHttp(port, client));
        }
        for (int round = 0; round < 4; round++) {
            clock.advance(Duration.ofSeconds(61));
            for (int g = 0; g < guests.length; g++) {
                String email = "wrong.tries." + g + "@example.com";
                assertThat(guests[g].post("/auth/email", json("email", email)).status()).isEqualTo(202);
                String wrong = wrongFor(codeFor(output, email));
                for (int attempt = 0; attempt < 5; attempt++) {
                    assertThat(guests[g].post("/auth/verify", json("code", wrong)).status()).isIn(400, 410);
                }
            }
        }
        clock.advance(Duration.ofHours(1));
        TestHttp sixth = guest(new TestHttp(port, client));
        assertThat(sixth.post("/auth/email", json("email", "wrong.tries.6@example.com")).status()).isEqualTo(202);
        TestHttp.Response capped = sixth.post("/auth/verify", json("code", codeFor(output, "wrong.tries.6@example.com")));
        assertThat(capped.status()).isEqualTo(429);
        assertThat(capped.problemType()).isEqualTo("too-many-failures");
    }

    private static TestHttp guest(TestHttp device) {
        assertThat(device.post("/auth/guest", null).status()).isIn(200, 201);
        return device;
    }

    private static String wrongFor(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }
}
