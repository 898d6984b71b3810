package com.careergpt.identity.verification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void ipv4AddressesCountAsThemselvesAndIpv6AddressesByTheirSlash64() {
        assertThat(ClientAddresses.limitKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.limitKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddresses.limitKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddresses.limitKey("2001:db8:1:3::1")).isNotEqualTo(ClientAddresses.limitKey("2001:db8:1:2::1"));
        assertThat(ClientAddresses.limitKey(null)).isEqualTo("unknown");
    }
}
