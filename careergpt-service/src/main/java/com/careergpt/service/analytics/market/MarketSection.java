package com.careergpt.service.analytics.market;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The parts of a {@link MarketReport} that {@code GET /api/analytics/market.csv} exports, by their JSON names. */
enum MarketSection {

    TOP_SKILLS("topSkills"),
    SKILL_PAIRS("skillPairs"),
    SALARIES("salaries"),
    REMOTE_SHARE("remoteShare"),
    TOP_COMPANIES("topCompanies"),
    TOP_LOCATIONS("topLocations"),
    POSTINGS_PER_WEEK("postingsPerWeek"),
    RISING_SKILLS("risingSkills");

    private final String json;

    MarketSection(String json) {
        this.json = json;
    }

    String json() {
        return json;
    }

    static Optional<MarketSection> fromJson(String name) {
        return Arrays.stream(values()).filter(section -> section.json.equals(name)).findFirst();
    }

    /** "topSkills, skillPairs, ...", for messages. */
    static String names() {
        return Arrays.stream(values()).map(MarketSection::json).collect(Collectors.joining(", "));
    }
}
