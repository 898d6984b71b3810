package com.careergpt.service.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.careergpt.service.skills.Skill;
import com.careergpt.service.skills.SkillTaxonomy;

/**
 * Scores a resume against a job the way an applicant tracking system would, and says how: five sub-scores with
 * fixed weights (skills 35%, experience 20%, domain 15%, tools 15%, achievements 15%), a keyword table of the job's
 * skills and tools with the resume section each was found in, and the keywords missing. A dimension the job asks
 * nothing of (no tools named, no experience stated) weighs 0 and the others are scaled up. Deterministic and local:
 * a model may explain the result but never changes it.
 */
@Component
public class AtsScorer {

    static final Set<String> TOOL_CATEGORIES = Set.of("tools", "cloud", "devops", "testing");
    static final Map<String, Double> WEIGHTS = weights();
    static final int ACHIEVEMENTS_FOR_FULL_SCORE = 4;
    private static final List<String> SECTION_ORDER = List.of("summary", "experience", "skills", "education",
            "other", "contact");
    private static final Pattern YEARS_REQUIRED = Pattern.compile(
            "(\\d{1,2})\\s*\\+?\\s*(?:(?:-|–|to|bis)\\s*\\d{1,2}\\s*)?(?:years?|yrs?|Jahre)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUANTIFIED = Pattern.compile(
            "\\d+(?:[.,]\\d+)?\\s*(?:%|percent|x\\b|k\\b|m\\b|million|thousand|users|customers|clients|requests|"
                    + "ms\\b|hours|days|people|engineers|services|teams)|[$€£]\\s?\\d", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINES = Pattern.compile("\\n+|(?<=[.!?])\\s+");

    private final SkillTaxonomy taxonomy;

    public AtsScorer(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public AtsMatch score(ResumeFacts resume, JobFacts job, double similarity) {
        Set<String> jobSkills = new LinkedHashSet<>(taxonomy.canonicalize(job.skills() == null ? List.of() : job.skills()));
        jobSkills.addAll(taxonomy.skillsIn(job.text()));
        Set<String> resumeSkills = new LinkedHashSet<>(taxonomy.skillsIn(resume.text()));
        Map<String, Set<String>> skillsBySection = new LinkedHashMap<>();
        for (String section : SECTION_ORDER) {
            String text = resume.sections() == null ? null : resume.sections().get(section);
            skillsBySection.put(section, text == null ? Set.of() : new LinkedHashSet<>(taxonomy.skillsIn(text)));
        }

        List<KeywordRow> keywords = new ArrayList<>();
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int skillsWanted = 0;
        int skillsFound = 0;
        int toolsWanted = 0;
        int toolsFound = 0;
        for (String skill : jobSkills) {
            boolean tool = isTool(skill);
            boolean found = resumeSkills.contains(skill);
            String section = found ? skillsBySection.entrySet().stream().filter(entry -> entry.getValue().contains(skill))
                    .map(Map.Entry::getKey).findFirst().orElse("other") : null;
            keywords.add(new KeywordRow(skill, tool ? "tool" : "skill", found, section));
            (found ? matched : missing).add(skill);
            if (tool) {
                toolsWanted++;
                toolsFound += found ? 1 : 0;
            } else {
                skillsWanted++;
                skillsFound += found ? 1 : 0;
            }
        }

        List<SubScore> subScores = new ArrayList<>();
        subScores.add(coverage("skills", skillsFound, skillsWanted, "skills"));
        subScores.add(experience(resume, job));
        subScores.add(domain(similarity));
        subScores.add(coverage("tools", toolsFound, toolsWanted, "tools and platforms"));
        subScores.add(achievements(resume));
        List<SubScore> weighted = reweigh(subScores);
        double total = weighted.stream().mapToDouble(sub -> sub.score() * sub.weight()).sum();
        return new AtsMatch((int) Math.round(total), weighted, keywords, matched, missing, List.copyOf(missing),
                Math.round(similarity * 10_000) / 10_000.0);
    }

    private boolean isTool(String skill) {
        return taxonomy.lookup(skill).map(Skill::category).map(TOOL_CATEGORIES::contains).orElse(false);
    }

    private static SubScore coverage(String name, int found, int wanted, String what) {
        if (wanted == 0) {
            return new SubScore(name, 0, 0, "The job names no " + what + ".");
        }
        return new SubScore(name, percent((double) found / wanted), WEIGHTS.get(name),
                "The resume shows " + found + " of the " + wanted + " " + what + " the job names.");
    }

    private static SubScore experience(ResumeFacts resume, JobFacts job) {
        Integer required = requiredYears(job);
        if (required == null) {
            return new SubScore("experience", 0, 0, "The job states no experience and no seniority.");
        }
        double years = resume.yearsOfExperience() == null ? 0 : resume.yearsOfExperience();
        int score = required == 0 ? 100 : percent(Math.min(1, years / required));
        String have = resume.yearsOfExperience() == null ? "no dated experience was found in the resume"
                : String.format(Locale.ROOT, "the resume's dated experience adds up to %.1f years", years);
        return new SubScore("experience", score, WEIGHTS.get("experience"),
                "The job asks for about " + required + " years; " + have + ".");
    }

    /** The most years the job text asks for, else what its seniority usually means, else null. */
    static Integer requiredYears(JobFacts job) {
        Matcher matcher = YEARS_REQUIRED.matcher(job.description() == null ? "" : job.description());
        Integer most = null;
        while (matcher.find()) {
            int years = Integer.parseInt(matcher.group(1));
            if (years <= 30 && (most == null || years > most)) {
                most = years;
            }
        }
        if (most != null) {
            return most;
        }
        if (job.seniority() == null) {
            return null;
        }
        return switch (job.seniority()) {
            case "intern" -> 0;
            case "junior" -> 1;
            case "mid" -> 3;
            case "senior" -> 5;
            case "lead", "principal" -> 8;
            case "executive" -> 10;
            default -> null;
        };
    }

    private static SubScore domain(double similarity) {
        double closeness = Math.max(0, Math.min(1, (similarity - 0.2) / 0.6));
        return new SubScore("domain", percent(closeness), WEIGHTS.get("domain"), String.format(Locale.ROOT,
                "Semantic similarity of resume and job text is %.2f (0.2 or less scores 0, 0.8 or more 100).",
                similarity));
    }

    private static SubScore achievements(ResumeFacts resume) {
        String experience = resume.sections() == null ? null : resume.sections().get("experience");
        String text = experience == null || experience.isBlank() ? resume.text() : experience;
        int quantified = 0;
        for (String line : LINES.split(text)) {
            if (QUANTIFIED.matcher(line).find()) {
                quantified++;
            }
        }
        return new SubScore("achievements", percent(Math.min(1, (double) quantified / ACHIEVEMENTS_FOR_FULL_SCORE)),
                WEIGHTS.get("achievements"), quantified + " quantified achievement" + (quantified == 1 ? "" : "s")
                        + " found (" + ACHIEVEMENTS_FOR_FULL_SCORE + " or more score 100).");
    }

    private static List<SubScore> reweigh(List<SubScore> subScores) {
        double active = subScores.stream().mapToDouble(SubScore::weight).sum();
        return subScores.stream().map(sub -> new SubScore(sub.name(), sub.score(),
                Math.round(sub.weight() / active * 1000) / 1000.0, sub.basis())).toList();
    }

    private static int percent(double fraction) {
        return (int) Math.round(fraction * 100);
    }

    private static Map<String, Double> weights() {
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("skills", 0.35);
        weights.put("experience", 0.20);
        weights.put("domain", 0.15);
        weights.put("tools", 0.15);
        weights.put("achievements", 0.15);
        return Map.copyOf(weights);
    }
}
