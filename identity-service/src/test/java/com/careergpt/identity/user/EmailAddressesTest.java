package com.careergpt.identity.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = { "plainaddress", "@example.com", "user@", "user@@example.com", "user@example",
            "user@.com", "user@example..com", "user name@example.com", "user@exa mple.com", "<script>@x.com",
            "user@localhost", "user@[127.0.0.1]", "\"quoted\"@example.com", "user@example.com,other@example.com",
            "user@-example.com", "user@example.invalidtld", "user@exa_mple.com", ".user@example.com",
            "user.@example.com", "user@example.com\u0000", "user\r\n@example.com" })
    void junkIsRefused(String junk) {
        assertThat(EmailAddresses.isValid(junk)).isFalse();
    }

    @Test
    void overlongAddressesAreRefused() {
        String local = "a".repeat(64);
        String domain = "b".repeat(60) + "." + "c".repeat(60) + "." + "d".repeat(60) + "." + "e".repeat(10) + ".com";
        assertThat(EmailAddresses.isValid(local + "@" + domain)).isFalse();
        assertThat(EmailAddresses.isValid("a".repeat(65) + "@example.com")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "jane@example.com", "Jane.Doe+jobs@Example.CO.UK", "j_o-e@sub.example.org", "  jane@example.com  " })
    void realAddressesAreAccepted(String email) {
        assertThat(EmailAddresses.isValid(email)).isTrue();
    }

    @Test
    void addressesAreStoredTrimmedAndLowerCased() {
        assertThat(EmailAddresses.normalize("  Jane.Doe@Example.COM ")).isEqualTo("jane.doe@example.com");
    }

    @Test
    void oneMailboxHasOneStoredForm() {
        assertThat(EmailAddresses.normalize("Jane@Bücher.de")).isEqualTo("jane@xn--bcher-kva.de");
        assertThat(EmailAddresses.normalize("jane@XN--BCHER-KVA.DE")).isEqualTo("jane@xn--bcher-kva.de");
        assertThat(EmailAddresses.normalize("jane@bu\u0308cher.de")).isEqualTo("jane@xn--bcher-kva.de");
        assertThat(EmailAddresses.normalize("ｊａｎｅ＠example.com")).isEqualTo("jane@example.com");
        assertThat(EmailAddresses.isValid("jane@bücher.de")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ja\u200Bne@example.com", "jane@exa\u200Cmple.com", "\u202Ejane@example.com",
            "jane@example.com\u2069", "\uFEFFjane@example.com", "ja\u00ADne@example.com" })
    void invisibleAndBidiControlCharactersAreRefused(String email) {
        assertThat(EmailAddresses.hasInvisibleCharacters(email)).isTrue();
        assertThat(EmailAddresses.isValid(email)).isFalse();
    }
}
