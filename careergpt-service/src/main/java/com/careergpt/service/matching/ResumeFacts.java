package com.careergpt.service.matching;

import java.util.Map;

/**
 * What the match reads from a resume: its whole text, the text of each section by name (contact, summary,
 * experience, education, skills, other) and the years of experience its dated entries add up to (null if unknown).
 */
public record ResumeFacts(String text, Map<String, String> sections, Double yearsOfExperience) {
}
