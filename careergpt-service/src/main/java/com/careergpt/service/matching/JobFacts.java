package com.careergpt.service.matching;

import java.util.List;

/** What the match reads from a job post. */
public record JobFacts(String id, String title, String company, String description, List<String> skills,
        String seniority) {

    String text() {
        return (title == null ? "" : title + "\n") + (description == null ? "" : description);
    }
}
