package com.careergpt.service.scraping.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * Refuses URLs the scraper must never reach: schemes other than http/https, and hosts that resolve to loopback,
 * private, link-local (cloud metadata at 169.254.169.254 included), unique-local, carrier-grade NAT, multicast or
 * unspecified addresses, in IPv4, IPv6 and IPv4-mapped IPv6 form. Hosts and IPs in the allow-list are exempt on the
 * ports their entries name ({@link AllowList}: a bare host means 80 and 443). The check runs on resolved addresses
 * and the port actually connected to, at connect time, so a name that re-resolves to a private address is caught too.
 */
public class SsrfGuard {

    private final AllowList allowed;

    /** @param allowedHosts entries {@code host} or {@code host:port}; see {@link AllowList} */
    public SsrfGuard(Collection<String> allowedHosts) {
        this.allowed = new AllowList(allowedHosts);
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

    /**
     * Resolves a host to be connected to on a port and refuses it if any of its addresses is not public, unless the
     * host or that address is allow-listed for the port.
     */
    public InetAddress[] resolve(String host, int port) throws FetchException {
        String key = AllowList.key(host);
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(key);
        } catch (UnknownHostException unknown) {
            throw new FetchException(FetchFailure.UNREACHABLE, "The host " + host + " does not resolve.", unknown);
        }
        if (allowed.exempts(key, port)) {
            return addresses;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && !allowed.exempts(address.getHostAddress(), port)) {
                throw new FetchException(FetchFailure.BLOCKED_ADDRESS, "Refused to fetch " + host + ":" + port
                        + ": it resolves to " + address.getHostAddress() + ", a " + kind(address) + " address"
                        + (allowed.names(key) || allowed.names(address.getHostAddress())
                                ? " (the allow-list names it for other ports only)." : "."));
            }
        }
        return addresses;
    }

    /** {@link #resolve(String, int)} on the URL's host and port (the scheme's default port when it names none). */
    public InetAddress[] resolve(URI url) throws FetchException {
        return resolve(url.getHost(), port(url));
    }

    /** The port a URL connects to: its own, else 443 for https and 80 for http. */
    public static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
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
}
