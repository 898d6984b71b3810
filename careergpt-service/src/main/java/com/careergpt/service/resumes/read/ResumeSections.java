package com.careergpt.service.resumes.read;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a resume's text was split into: contact details, the text under each recognised heading (summary,
 * experience, education, skills; projects, certifications, languages and interests go to other), the taxonomy skills
 * found anywhere, the dated experience entries and the years they add up to (0 when none is dated).
 */
public record ResumeSections(Contact contact, String contactText, String summary, String experience,
        String education, String skillsSection, String other, List<String> skills, List<Experience> experienceEntries,
        double yearsOfExperience) {

    public record Contact(String name, String email, String phone, List<String> links, String location) {
    }

    /** One dated position; {@code start} and {@code end} as written ({@code end} is "present" for a current one). */
    public record Experience(String title, String employer, String start, String end, String text) {
    }

    /** Employers of the experience entries, in order, without repeats. */
    public List<String> employers() {
        LinkedHashSet<String> employers = new LinkedHashSet<>();
        experienceEntries.stream().map(Experience::employer).filter(employer -> employer != null && !employer.isBlank())
                .forEach(employers::add);
        return List.copyOf(employers);
    }
}
