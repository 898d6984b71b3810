package com.careergpt.service.llm.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.careergpt.service.skills.SkillTaxonomy;

/**
 * resume_review by rules: which sections a resume has (contact, summary, experience, education, skills), how many of
 * its lines show a measured result, how many start with an action verb, its length and skills; a 0-100 score from
 * those, with strengths, weaknesses and suggestions that name what was found.
 */
final class ResumeReviewer {

    private static final Map<String, Pattern> SECTIONS = Map.of(
            "contact", Pattern.compile("(?i)[\\w.+-]+@[\\w-]+\\.[\\w.]+|\\+?\\d[\\d ()-]{7,}\\d|linkedin\\.com"),
            "summary", Pattern.compile("(?im)^\\s*(summary|profile|about me|objective|professional summary)\\b"),
            "experience", Pattern.compile("(?im)^\\s*(experience|work experience|employment|work history|professional experience)\\b"),
            "education", Pattern.compile("(?im)^\\s*(education|academic|degrees?|qualifications)\\b|\\b(b\\.?sc|m\\.?sc|bachelor|master|ph\\.?d)\\b"),
            "skills", Pattern.compile("(?im)^\\s*(skills|technical skills|technologies|tech stack|tools)\\b"));
    private static final Pattern MEASURED = Pattern.compile("(?i)\\d+(?:[.,]\\d+)?\\s*(%|percent|x\\b|ms\\b|k\\b|m\\b|users|customers|requests|€|\\$|£)|[$€£]\\s?\\d");
    private static final Pattern ACTION_VERB = Pattern.compile("(?i)^\\s*[-•*]?\\s*(led|built|designed|launched|reduced|increased|improved|migrated|automated|owned|created|delivered|architected|implemented|shipped|mentored|cut|scaled|optimized|developed)\\b");

    private final SkillTaxonomy taxonomy;

    ResumeReviewer(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    record Review(String summary, List<String> skills, List<String> strengths, List<String> weaknesses,
            List<String> suggestions, int score) {
    }

    Review review(String resume) {
        List<String> present = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String section : List.of("contact", "summary", "experience", "education", "skills")) {
            (SECTIONS.get(section).matcher(resume).find() ? present : missing).add(section);
        }
        List<String> lines = resume.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        long measured = lines.stream().filter(line -> MEASURED.matcher(line).find()).count();
        long actions = lines.stream().filter(line -> ACTION_VERB.matcher(line).find()).count();
        int words = resume.split("\\s+").length;
        List<String> skills = taxonomy.skillsIn(resume);

        int score = present.size() * 10
                + (int) Math.min(20, measured * 5)
                + (int) Math.min(15, actions * 3)
                + (words >= 250 && words <= 900 ? 10 : words >= 120 ? 5 : 0)
                + Math.min(5, skills.size());
        List<String> strengths = new ArrayList<>();
        List<String> weaknesses = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        if (measured >= 3) {
            strengths.add(measured + " lines show measured results");
        } else {
            weaknesses.add(measured == 0 ? "no measured results (numbers, %, money, users)" : "only " + measured + " line(s) with measured results");
            suggestions.add("Add numbers to your achievements: what grew, shrank or got faster, and by how much.");
        }
        if (actions >= 3) {
            strengths.add(actions + " bullet points start with an action verb");
        } else {
            suggestions.add("Start bullet points with what you did: led, built, reduced, shipped.");
        }
        if (skills.size() >= 5) {
            strengths.add("names " + skills.size() + " recognised skills: " + String.join(", ", skills.subList(0, Math.min(6, skills.size()))));
        } else {
            weaknesses.add("few recognised skills (" + skills.size() + ")");
            suggestions.add("List your tools and technologies by their usual names in a Skills section.");
        }
        for (String section : missing) {
            weaknesses.add("no " + section + " section found");
            suggestions.add("Add a " + section + " section.");
        }
        if (words < 120) {
            weaknesses.add("very short (" + words + " words)");
        } else if (words > 900) {
            weaknesses.add("long (" + words + " words): recruiters skim");
            suggestions.add("Cut to the two pages that matter for the roles you want.");
        }
        String summary = String.format("Resume of %d words with %s; %d recognised skills, %d measured results. Score %d/100.",
                words, present.isEmpty() ? "no recognisable sections" : String.join(", ", present) + " sections",
                skills.size(), measured, Math.min(100, score));
        return new Review(summary, skills, strengths, weaknesses, suggestions, Math.min(100, score));
    }
}
