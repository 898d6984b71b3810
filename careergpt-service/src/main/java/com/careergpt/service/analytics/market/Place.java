package com.careergpt.service.analytics.market;

import java.util.Locale;

/** Where a post is: city, region (state or province code) and ISO country code, each possibly null. */
record Place(String city, String region, String country) {

    /** Null when the post names no place at all. */
    static Place of(String city, String region, String country) {
        return city == null && region == null && country == null ? null : new Place(city, region, country);
    }

    /**
     * The {@code location} filter of {@code GET /api/jobs}, applied in memory: the city contains it (ignoring
     * case), or the region or country is it.
     */
    boolean matches(String location) {
        String code = location.toUpperCase(Locale.ROOT);
        return city != null && city.toLowerCase(Locale.ROOT).contains(location.toLowerCase(Locale.ROOT))
                || code.equalsIgnoreCase(region) || code.equalsIgnoreCase(country);
    }

    /** "Berlin, DE"; the country alone without a city, the city alone without a country; null with neither. */
    String cityName() {
        if (city == null) {
            return country;
        }
        return country == null ? city : city + ", " + country;
    }
}
