package com.careergpt.service.sources;

import java.net.URI;
import java.net.URISyntaxException;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.scraping.fetch.FetchException;
import com.careergpt.service.scraping.fetch.FetchFailure;
import com.careergpt.service.scraping.fetch.SsrfGuard;

/**
 * URLs a user gives the pipeline (sources to collect, webhooks to call): syntax and scheme checked by the SSRF guard,
 * and a webhook's addresses too.
 */
final class CheckedUrls {

    private CheckedUrls() {
    }

    /**
     * {@link #check} and, for a URL the service will call on its own later (a webhook), the addresses its host
     * resolves to now: one the guard refuses (loopback, private, metadata ... not allow-listed for that port) is a
     * 400 problem naming the field. A host that does not resolve yet is accepted; every delivery checks again.
     */
    static String checkReachable(SsrfGuard guard, String value, String field) {
        String url = check(guard, value, field);
        try {
            guard.resolve(URI.create(url));
        } catch (FetchException refused) {
            if (refused.failure() == FetchFailure.BLOCKED_ADDRESS) {
                throw ProblemException.badParameter(field, refused.getMessage());
            }
        }
        return url;
    }

    /** The stripped URL, or a 400 problem naming the field; addresses are checked again at every connection. */
    static String check(SsrfGuard guard, String value, String field) {
        if (value == null || value.isBlank() || value.length() > 2048) {
            throw ProblemException.badParameter(field, field + " must be an http(s) URL of at most 2048 characters.");
        }
        try {
            guard.checkUrl(new URI(value.strip()));
            return value.strip();
        } catch (URISyntaxException malformed) {
            throw ProblemException.badParameter(field, "Malformed URL '" + value + "': " + malformed.getReason() + ".");
        } catch (FetchException refused) {
            throw ProblemException.badParameter(field, refused.getMessage());
        }
    }
}
