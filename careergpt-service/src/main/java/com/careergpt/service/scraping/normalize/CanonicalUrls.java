package com.careergpt.service.scraping.normalize;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The canonical form of a job URL: scheme and host lower-cased, default port and fragment dropped, and tracking
 * parameters (utm_*, gclid, fbclid, ref, source, gh_src, lever-source ...) removed, the rest kept in order.
 */
public final class CanonicalUrls {

    private static final Set<String> TRACKING = Set.of("gclid", "fbclid", "msclkid", "dclid", "yclid", "ref", "referrer",
            "source", "src", "gh_src", "lever-source", "lever-origin", "trk", "trackingid", "refid", "mc_cid", "mc_eid",
            "_hsenc", "_hsmi", "igshid", "si", "campaign");

    /** Paths of listings rather than postings: "/jobs", "/careers/", "/search", "/jobs/search", "/stellenangebote". */
    private static final Pattern LISTING_PATH = Pattern.compile(
            "/(?:jobs?|careers?|karriere|stellen(?:angebote)?|offres|empleos?|vacatures|vagas|lavoro|search|jobsearch|results)/?$"
                    + "|/search(?:/|$)|/(?:jobs?|careers?)/(?:search|list|all)(?:/|$)");
    private static final Pattern LISTING_QUERY = Pattern.compile("(?:^|&)(?:q|query|keywords?|search|what)=");

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

    /**
     * The URL a posting page names as its own when it can name this posting: its {@code rel=canonical} unless that is
     * a site root or a listing or search page (a canonical on another host is the page's original, as boards that
     * embed an employer's posting declare it); else its {@code og:url} under the same rules and only on the page's
     * own host, since sites set it to their home or share page. Otherwise the page's address; without one, null. Two
     * postings of a site whose every page declares the home page stay two jobs.
     */
    public static String ofPosting(String relCanonical, String ogUrl, String pageAddress) {
        String page = canonicalize(pageAddress);
        String canonical = canonicalize(relCanonical);
        if (canonical != null && !namesNoPosting(canonical)) {
            return canonical;
        }
        String og = canonicalize(ogUrl);
        if (og != null && !namesNoPosting(og) && (page == null || host(page).equals(host(og)))) {
            return og;
        }
        return page;
    }

    private static boolean namesNoPosting(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().toLowerCase(Locale.ROOT);
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery().toLowerCase(Locale.ROOT);
        if ((path.isEmpty() || path.equals("/") || path.matches("/(?:index|default|home)\\.\\w+")) && query.isEmpty()) {
            return true;
        }
        return LISTING_PATH.matcher(path).find() || LISTING_QUERY.matcher(query).find();
    }

    private static String host(String url) {
        String host = URI.create(url).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
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
