package com.careergpt.service.scraping.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The SSRF guard as Apache HttpClient's resolver, so every connection (every redirect hop, every webhook delivery) is
 * checked on the addresses and the port it actually connects to. A refusal travels as an {@link UnknownHostException}, the only
 * exception the resolver contract allows; {@link #refusal(Throwable)} finds it again.
 */
public final class GuardedDnsResolver implements DnsResolver {

    private static final class Refused extends UnknownHostException {
        private final transient FetchException refusal;

        Refused(FetchException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    private static final int NO_PORT = 0;

    private final SsrfGuard guard;

    public GuardedDnsResolver(SsrfGuard guard) {
        this.guard = guard;
    }

    /** The addresses to connect to on {@code port}: what HttpClient asks before every connection. */
    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        try {
            return Arrays.stream(guard.resolve(host, port))
                    .map(address -> new InetSocketAddress(address, port)).toList();
        } catch (FetchException refused) {
            throw new Refused(refused);
        }
    }

    /** Without a port no allow-list entry applies: only public addresses are answered. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        try {
            return guard.resolve(host, NO_PORT);
        } catch (FetchException refused) {
            throw new Refused(refused);
        }
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** The guard's refusal somewhere in a failure's causes, if that is why it failed. */
    public static Optional<FetchException> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Refused refused) {
                return Optional.of(refused.refusal);
            }
        }
        return Optional.empty();
    }
}
