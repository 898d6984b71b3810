package com.careergpt.service.scraping.fetch;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The scraper's allow-list: entries {@code host} or {@code host:port} (IPv6 in brackets, {@code [::1]:8080}; a bare
 * unbracketed IPv6 address counts as a host). An entry exempts that host (name or IP) from the SSRF guard on the
 * port it names; a bare {@code host} means its default ports, 80 and 443, only. So allowing an intranet job board
 * never opens its other ports (a database, an admin console) to a redirect or a page script.
 */
final class AllowList {

    static final Set<Integer> DEFAULT_PORTS = Set.of(80, 443);

    private final Map<String, Set<Integer>> portsByHost = new HashMap<>();

    AllowList(Collection<String> entries) {
        for (String raw : entries) {
            String entry = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
            if (!entry.isEmpty()) {
                add(entry);
            }
        }
    }

    /** Whether the host (a name or an address, brackets optional) may be reached on this port though not public. */
    boolean exempts(String host, int port) {
        Set<Integer> ports = portsByHost.get(key(host));
        return ports != null && ports.contains(port);
    }

    /** Whether the host is on the list at all, for any port. */
    boolean names(String host) {
        return portsByHost.containsKey(key(host));
    }

    static String key(String host) {
        String trimmed = host.trim().toLowerCase(Locale.ROOT);
        return trimmed.startsWith("[") && trimmed.endsWith("]") ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }

    private void add(String entry) {
        String host = entry;
        Set<Integer> ports = DEFAULT_PORTS;
        int closing = entry.indexOf(']');
        int colon = entry.lastIndexOf(':');
        boolean bracketedWithPort = entry.startsWith("[") && closing > 0 && colon == closing + 1;
        boolean nameWithPort = !entry.startsWith("[") && colon > 0 && entry.indexOf(':') == colon;
        if (bracketedWithPort || nameWithPort) {
            host = entry.substring(0, colon);
            ports = Set.of(port(entry, entry.substring(colon + 1)));
        }
        portsByHost.computeIfAbsent(key(host), ignored -> new HashSet<>()).addAll(ports);
    }

    private static int port(String entry, String value) {
        int port = value.matches("\\d{1,5}") ? Integer.parseInt(value) : 0;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("careergpt.scraper.allowed-hosts entry '" + entry
                    + "' must be host or host:port with a port from 1 to 65535.");
        }
        return port;
    }
}
