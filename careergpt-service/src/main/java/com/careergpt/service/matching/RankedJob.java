package com.careergpt.service.matching;

import java.util.List;

import com.careergpt.service.scraping.Location;

/** A stored job ranked for a resume. */
public record RankedJob(String jobId, String title, String company, Location location, String remote, int score,
        double similarity, List<String> matchedSkills, List<String> missingSkills) {
}
