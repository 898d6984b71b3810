package com.careergpt.identity.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client address that abuse limits count against: an IPv4 address as it is, an IPv6 address by its /48 network
 * (a subscriber or a rented server usually holds a whole /64, often a /56 or /48, so counting single IPv6 addresses,
 * or even /64s, would limit nothing).
 */
public final class ClientAddresses {

    private static final int IPV6_NETWORK_BYTES = 6;

    private ClientAddresses() {
    }

    public static String limitKey(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // A numeric IPv6 literal: no name lookup happens.
            InetAddress address = InetAddress.getByName(remoteAddress);
            if (address instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(network, IPV6_NETWORK_BYTES, network.length, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/48";
            }
            return address.getHostAddress();
        }
        catch (UnknownHostException ex) {
            return remoteAddress.length() <= 64 ? remoteAddress : remoteAddress.substring(0, 64);
        }
    }
}
