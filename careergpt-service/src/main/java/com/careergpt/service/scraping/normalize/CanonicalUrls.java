package com.careergpt.service.scraping.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of a job URL: scheme and host lower-cased, default port and fragment dropped, and tracking
 * parameters (utm_*, gclid, fbclid, ref, source, gh_src, lever-source ...) removed, the rest kept in order.
 */
public final class CanonicalUrls {

    private static final Set<String> TRACKING = Set.of("gclid", "fbclid", "msclkid", "dclid", "yclid", "ref", "referrer",
            "source", "src", "gh_src", "lever-source", "lever-origin", "trk", "trackingid", "refid", "mc_cid", "mc_eid",
            "_hsenc", "_hsmi", "igshid", "si", "campaign");

    private CanonicalUrls() {
    }

    /** The canonical URL, or null for a value that is not an absolute http(s) URL. */
    public static String canonicalize(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
            if (!defaultPort) {
                out.append(':').append(port);
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            out.append(path);
            String query = cleanQuery(uri.getRawQuery());
            if (!query.isEmpty()) {
                out.append('?').append(query);
            }
            return out.toString();
        } catch (URISyntaxException malformed) {
            return null;
        }
    }

    private static String cleanQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
