package com.careergpt.service.scraping.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The SSRF guard as Apache HttpClient's resolver, so every connection (every redirect hop, every webhook delivery) is
 * checked on the addresses it actually connects to. A refusal travels as an {@link UnknownHostException}, the only
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

    private final SsrfGuard guard;

    public GuardedDnsResolver(SsrfGuard guard) {
        this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        try {
            return guard.resolve(host);
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
