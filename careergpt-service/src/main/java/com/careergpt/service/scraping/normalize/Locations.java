package com.careergpt.service.scraping.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careergpt.service.scraping.Location;

/**
 * Turns what pages write ("Berlin, Germany (Hybrid)", "Austin, TX", "Remote — US", "Toronto, ON, Canada") and
 * schema.org addresses into {city, region, country}: country names in the languages the JDK's locale data knows
 * ("Germany", "Allemagne", "日本") and ISO codes become ISO 3166-1 alpha-2; a US state or Canadian province, by
 * code or name, sets the region and implies the country, also in "Kirkland WA" and "US-MO-Kansas City" forms;
 * postal codes are dropped.
 */
public final class Locations {

    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Set<String> US_STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI",
            "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH",
            "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
            "WV", "WI", "WY", "DC");
    private static final Set<String> CA_PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE",
            "QC", "SK", "YT");
    private static final Map<String, String> ALPHA3 = new HashMap<>();
    private static final Map<String, String> REGION_NAMES = new HashMap<>();
    /** Languages whose country names are recognised (the JDK's CLDR data has them all). */
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt", "ja", "zh", "ko",
            "ru", "pl", "sv", "da", "nb", "fi", "cs", "tr", "ar", "he", "el", "hu", "ro", "uk");
    private static final Pattern COUNTRY_REGION_CITY = Pattern.compile("^\\s*([A-Za-z]{2})-([A-Za-z]{2})-(\\p{L}[^,;|]*)$");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\b\\d{4,6}(?:-\\d{4})?\\b");
    private static final Pattern CITY_REGION = Pattern.compile("^(\\p{L}[\\p{L} .'-]*?)\\s+([A-Z]{2})$");
    private static final Set<String> NOT_PLACES = Set.of("remote", "hybrid", "on-site", "onsite", "on site", "anywhere",
            "worldwide", "homeoffice", "home office", "teilweise homeoffice", "in office", "office", "full-time", "vollzeit");

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            for (String language : LANGUAGES) {
                COUNTRIES.putIfAbsent(country.getDisplayCountry(Locale.forLanguageTag(language)).toLowerCase(Locale.ROOT), code);
            }
            COUNTRIES.put(code.toLowerCase(Locale.ROOT), code);
            COUNTRIES.put(country.getISO3Country().toLowerCase(Locale.ROOT), code);
            ALPHA3.put(country.getISO3Country(), code);
        }
        String[] usStates = {"AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
            "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "FL", "Florida", "GA", "Georgia", "HI", "Hawaii",
            "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa", "KS", "Kansas", "KY", "Kentucky",
            "LA", "Louisiana", "ME", "Maine", "MD", "Maryland", "MA", "Massachusetts", "MI", "Michigan",
            "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri", "MT", "Montana", "NE", "Nebraska", "NV", "Nevada",
            "NH", "New Hampshire", "NJ", "New Jersey", "NM", "New Mexico", "NY", "New York", "NC", "North Carolina",
            "ND", "North Dakota", "OH", "Ohio", "OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania",
            "RI", "Rhode Island", "SC", "South Carolina", "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas",
            "UT", "Utah", "VT", "Vermont", "VA", "Virginia", "WA", "Washington", "WV", "West Virginia",
            "WI", "Wisconsin", "WY", "Wyoming", "DC", "District of Columbia", "AB", "Alberta", "BC", "British Columbia",
            "MB", "Manitoba", "NB", "New Brunswick", "NL", "Newfoundland and Labrador", "NS", "Nova Scotia",
            "NT", "Northwest Territories", "NU", "Nunavut", "ON", "Ontario", "PE", "Prince Edward Island",
            "QC", "Quebec", "SK", "Saskatchewan", "YT", "Yukon"};
        for (int i = 0; i < usStates.length; i += 2) {
            REGION_NAMES.put(usStates[i + 1].toLowerCase(Locale.ROOT), usStates[i]);
        }
        REGION_NAMES.put("québec", "QC");
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

    /** The alpha-2 code of an ISO 3166-1 alpha-3 code ("JPN" is JP), or null. */
    public static String alpha2(String alpha3) {
        return alpha3 == null ? null : ALPHA3.get(alpha3.trim().toUpperCase(Locale.ROOT));
    }

    /** From schema.org address parts: region codes are kept, the country becomes its ISO code. */
    public static Location of(String city, String region, String country) {
        String code = countryCode(country);
        String regionValue = blankToNull(region);
        if (regionValue != null && REGION_NAMES.containsKey(regionValue.toLowerCase(Locale.ROOT))) {
            regionValue = REGION_NAMES.get(regionValue.toLowerCase(Locale.ROOT));
        }
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
        Matcher coded = COUNTRY_REGION_CITY.matcher(text);
        if (coded.matches() && countryCode(coded.group(1)) != null) {
            String country = countryCode(coded.group(1));
            String region = coded.group(2).toUpperCase(Locale.ROOT);
            return new Location(coded.group(3).trim(), region, country);
        }
        String cleaned = POSTAL_CODE.matcher(text.replaceAll("\\([^)]*\\)", " ")).replaceAll(" ");
        String city = null;
        String region = null;
        String country = null;
        List<String> parts = new ArrayList<>();
        for (String raw : cleaned.split("[,·|/;]|\\s[–—-]\\s|\\s[–—]|[–—]\\s")) {
            String part = raw.trim().replaceAll("\\s+", " ");
            Matcher cityRegion = CITY_REGION.matcher(part);
            if (parts.isEmpty() && cityRegion.matches() && impliedCountry(cityRegion.group(2)) != null) {
                parts.add(cityRegion.group(1));
                parts.add(cityRegion.group(2));
            } else {
                parts.add(part);
            }
        }
        for (String part : parts) {
            if (part.isEmpty() || NOT_PLACES.contains(part.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String upper = part.toUpperCase(Locale.ROOT);
            String code = countryCode(part);
            String regionName = REGION_NAMES.get(part.toLowerCase(Locale.ROOT));
            if (city != null && region == null && regionName != null && code == null) {
                region = regionName;
                if (country == null) {
                    country = impliedCountry(regionName);
                }
            } else if (city != null && region == null && part.length() == 2 && (US_STATES.contains(upper) || CA_PROVINCES.contains(upper))) {
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
