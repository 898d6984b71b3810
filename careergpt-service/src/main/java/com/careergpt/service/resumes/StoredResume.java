package com.careergpt.service.resumes;

import java.util.List;
import java.util.Map;

/**
 * A stored resume as other features read it: its text, the text of each section by name (contact, summary,
 * experience, education, skills, other), the years its dated experience adds up to (null when none is dated), the
 * employers named in its experience and its skills.
 */
public record StoredResume(String id, String ownerId, String text, Map<String, String> sections,
        Double yearsOfExperience, List<String> employers, List<String> skills) {
}
