package com.careergpt.service.pipeline;

import java.net.URI;
import java.net.URISyntaxException;

import com.careergpt.common.web.ProblemException;
import com.careergpt.service.scraping.fetch.FetchException;
import com.careergpt.service.scraping.fetch.SsrfGuard;

/** URLs a user gives the pipeline (sources to collect, webhooks to call): syntax and scheme checked by the SSRF guard. */
final class CheckedUrls {

    private CheckedUrls() {
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
