package com.careergpt.service.scraping.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Refuses URLs the scraper must never reach: schemes other than http/https, and hosts that resolve to loopback,
 * private, link-local (cloud metadata at 169.254.169.254 included), unique-local, carrier-grade NAT, multicast or
 * unspecified addresses, in IPv4, IPv6 and IPv4-mapped IPv6 form. Hosts and IPs in the allow-list are exempt. The
 * check runs on resolved addresses, at connect time, so a name that re-resolves to a private address is caught too.
 */
public class SsrfGuard {

    private final Set<String> allowed;

    public SsrfGuard(java.util.Collection<String> allowedHosts) {
        this.allowed = allowedHosts.stream().map(String::trim).filter(host -> !host.isEmpty())
                .map(host -> stripBrackets(host).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Checks scheme and host syntax; addresses are checked when the host is resolved. */
    public void checkUrl(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchFailure.INVALID_URL,
                    "Only http and https URLs can be collected, not '" + (scheme.isEmpty() ? url : scheme + ":") + "'.");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new FetchException(FetchFailure.INVALID_URL, "The URL " + url + " has no host.");
        }
        if (url.getUserInfo() != null) {
            throw new FetchException(FetchFailure.INVALID_URL, "URLs with user names or passwords are not collected.");
        }
    }

    /** Resolves a host and refuses it if any of its addresses is not public (unless allow-listed). */
    public InetAddress[] resolve(String host) throws FetchException {
        String key = stripBrackets(host).toLowerCase(Locale.ROOT);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(key);
        } catch (UnknownHostException unknown) {
            throw new FetchException(FetchFailure.UNREACHABLE, "The host " + host + " does not resolve.", unknown);
        }
        if (allowed.contains(key)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && !allowed.contains(address.getHostAddress().toLowerCase(Locale.ROOT))) {
                throw new FetchException(FetchFailure.BLOCKED_ADDRESS, "Refused to fetch " + host + ": it resolves to "
                        + address.getHostAddress() + ", a " + kind(address) + " address.");
            }
        }
        return addresses;
    }

    /** Whether a host name (not resolved) is on the allow-list. */
    public boolean isAllowListed(String host) {
        return allowed.contains(stripBrackets(host).toLowerCase(Locale.ROOT));
    }

    static boolean isPublic(InetAddress address) {
        return kind(address) == null;
    }

    /** Why an address is not public, or null when it is. */
    static String kind(InetAddress address) {
        InetAddress effective = unmapped(address);
        if (effective.isLoopbackAddress()) {
            return "loopback";
        }
        if (effective.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (effective.isLinkLocalAddress()) {
            return "link-local (cloud metadata)";
        }
        if (effective.isSiteLocalAddress()) {
            return "private";
        }
        if (effective.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = effective.getAddress();
        if (effective instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "unspecified";
            }
            if (first == 100 && second >= 64 && second <= 127) {
                return "carrier-grade NAT";
            }
            if (first == 198 && (second == 18 || second == 19)) {
                return "benchmarking";
            }
            if (first >= 240) {
                return "reserved";
            }
            return null;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return "unique-local";
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return "site-local";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped ({@code ::ffff:a.b.c.d}) or IPv4-compatible IPv6 address. */
    private static InetAddress unmapped(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return address;
        }
        byte[] b = address.getAddress();
        boolean zeroPrefix = Arrays.equals(Arrays.copyOfRange(b, 0, 10), new byte[10]);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0);
        if (mapped || compatible) {
            try {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return address;
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
