package com.careergpt.identity.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressesTest {

    @Test
    void ipv4AddressesCountAsThemselvesAndIpv6AddressesByTheirSlash48() {
        assertThat(ClientAddresses.limitKey("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ClientAddresses.limitKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddresses.limitKey("2001:db8:1:2:bbbb:cccc:dddd:eeee"))
                .isEqualTo(ClientAddresses.limitKey("2001:db8:1:ffff::1"))
                .isEqualTo("2001:db8:1:0:0:0:0:0/48");
        assertThat(ClientAddresses.limitKey("2001:db8:2::1")).isNotEqualTo(ClientAddresses.limitKey("2001:db8:1::1"));
        assertThat(ClientAddresses.limitKey(null)).isEqualTo("unknown");
    }
}
