package com.careergpt.service.scraping.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careergpt.service.scraping.Location;

/**
 * Turns what pages write ("Berlin, Germany (Hybrid)", "Austin, TX", "Remote — US", "Toronto, ON, Canada") and
 * schema.org addresses into {city, region, country}: country names in English or German and ISO codes become
 * ISO 3166-1 alpha-2; a US state or Canadian province code sets the region and implies the country.
 */
public final class Locations {

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "DC");
    private static final Set<String> CA_PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE",
            "QC", "SK", "YT");
    private static final Set<String> NOT_PLACES = Set.of("remote", "hybrid", "on-site", "onsite", "on site", "anywhere",
            "worldwide", "homeoffice", "home office", "teilweise homeoffice", "in office", "office", "full-time", "vollzeit");

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            COUNTRIES.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            COUNTRIES.put(country.getDisplayCountry(Locale.GERMAN).toLowerCase(Locale.ROOT), code);
            COUNTRIES.put(code.toLowerCase(Locale.ROOT), code);
            COUNTRIES.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
        }
        COUNTRIES.put("uk", "GB");
        COUNTRIES.put("england", "GB");
        COUNTRIES.put("scotland", "GB");
        COUNTRIES.put("wales", "GB");
        COUNTRIES.put("great britain", "GB");
        COUNTRIES.put("usa", "US");
        COUNTRIES.put("u.s.", "US");
        COUNTRIES.put("u.s.a.", "US");
        COUNTRIES.put("united states of america", "US");
        COUNTRIES.put("america", "US");
        COUNTRIES.put("the netherlands", "NL");
        COUNTRIES.put("holland", "NL");
        COUNTRIES.put("schweiz", "CH");
        COUNTRIES.put("suisse", "CH");
        COUNTRIES.put("österreich", "AT");
        COUNTRIES.put("deutschland", "DE");
    }

    private Locations() {
    }

    /** The ISO alpha-2 code of a country name or code, or null. */
    public static String countryCode(String value) {
        if (value == null) {
            return null;
        }
        return COUNTRIES.get(value.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /** From schema.org address parts: region codes are kept, the country becomes its ISO code. */
    public static Location of(String city, String region, String country) {
        String code = countryCode(country);
        String regionValue = blankToNull(region);
        if (code == null && regionValue != null) {
            code = impliedCountry(regionValue);
        }
        if (blankToNull(city) == null && regionValue == null && code == null) {
            return null;
        }
        return new Location(blankToNull(city), regionValue, code != null ? code : blankToNull(country));
    }

    /** Parses a free-text location line. */
    public static Location parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.replaceAll("\\([^)]*\\)", " ");
        String city = null;
        String region = null;
        String country = null;
        for (String raw : cleaned.split("[,·|/;]|\\s[–—-]\\s|\\s[–—]|[–—]\\s")) {
            String part = raw.trim().replaceAll("\\s+", " ");
            if (part.isEmpty() || NOT_PLACES.contains(part.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String upper = part.toUpperCase(Locale.ROOT);
            String code = countryCode(part);
            if (city != null && region == null && part.length() == 2 && (US_STATES.contains(upper) || CA_PROVINCES.contains(upper))) {
                region = upper;
                if (country == null) {
                    country = impliedCountry(upper);
                }
            } else if (code != null && (part.length() > 3 || part.equals(upper))) {
                country = code;
            } else if (city == null && part.chars().anyMatch(Character::isLetter)) {
                city = part;
            }
        }
        if (city == null && region == null && country == null) {
            return null;
        }
        return new Location(city, region, country);
    }

    private static String impliedCountry(String region) {
        String upper = region.toUpperCase(Locale.ROOT);
        if (US_STATES.contains(upper)) {
            return "US";
        }
        return CA_PROVINCES.contains(upper) ? "CA" : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
