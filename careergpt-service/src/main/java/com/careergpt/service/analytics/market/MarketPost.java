package com.careergpt.service.analytics.market;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.careergpt.service.scraping.RemoteMode;

/**
 * The fields of one stored job that the market statistics use. {@code day} is the date posted, else the UTC day
 * it was first seen; {@code salary} the yearly midpoint (of min and max when both are known, else the one known)
 * in {@code currency}, null without a plausible yearly figure.
 */
record MarketPost(
        String id,
        boolean duplicate,
        LocalDate day,
        RemoteMode remote,
        String companyKey,
        String company,
        String city,
        String region,
        String country,
        String seniority,
        String titleKey,
        String currency,
        Double salary,
        List<String> skills,
        Instant lastSeen) {

    MarketPost {
        skills = List.copyOf(skills);
    }
}
