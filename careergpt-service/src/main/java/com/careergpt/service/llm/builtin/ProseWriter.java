package com.careergpt.service.llm.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.careergpt.service.skills.SkillTaxonomy;

/**
 * cover_letter and interview_prep as Markdown from templates: the builtin provider has no generative model, so the
 * prose is assembled from the job's title, company and skills and the resume's own sentences that show them.
 */
final class ProseWriter {

    private final SkillTaxonomy taxonomy;

    ProseWriter(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    String coverLetter(TaskInputs inputs, ResumeJobMatcher.Match match) {
        String role = inputs.jobTitle() == null ? "the role" : "the " + inputs.jobTitle() + " role";
        String company = inputs.company() == null ? "your team" : inputs.company();
        boolean formal = inputs.tone() != null && inputs.tone().toLowerCase(Locale.ROOT).contains("formal");
        StringBuilder letter = new StringBuilder(formal ? "Dear Hiring Manager,\n\n" : "Dear hiring team,\n\n");
        letter.append("I am applying for ").append(role).append(" at ").append(company).append('.');
        if (!match.matchedSkills().isEmpty()) {
            letter.append(" You are looking for ").append(join(match.matchedSkills().subList(0, Math.min(4, match.matchedSkills().size()))))
                    .append(", which is the work I have been doing.");
        }
        letter.append("\n\n");
        List<String> evidence = evidence(inputs.resumeText(), match.matchedSkills(), 3);
        if (!evidence.isEmpty()) {
            letter.append("Some of what I have done:\n\n");
            evidence.forEach(line -> letter.append("- ").append(line).append('\n'));
            letter.append('\n');
        }
        if (!match.missingSkills().isEmpty()) {
            letter.append("I have not yet worked with ").append(join(match.missingSkills().subList(0, Math.min(2, match.missingSkills().size()))))
                    .append(" in production and would welcome the chance to.\n\n");
        }
        letter.append("I would be glad to talk about how I can help ").append(company).append(".\n\n")
                .append(formal ? "Yours sincerely," : "Best regards,");
        return letter.toString();
    }

    String interviewPrep(TaskInputs inputs, JobSummarizer.Summary summary) {
        StringBuilder prep = new StringBuilder("## Interview preparation");
        if (inputs.jobTitle() != null) {
            prep.append(": ").append(inputs.jobTitle());
        }
        prep.append("\n\n### Skills they will probe\n\n");
        for (String skill : summary.mustHaveSkills().subList(0, Math.min(6, summary.mustHaveSkills().size()))) {
            prep.append("- **").append(skill).append("**: Tell me about a project where you used ").append(skill)
                    .append(". What went wrong, and what would you do differently?\n");
        }
        List<String> duties = TaskInputs.sentences(inputs.jobText()).stream()
                .filter(sentence -> sentence.length() > 25 && !taxonomy.find(sentence).isEmpty()).limit(4).toList();
        if (!duties.isEmpty()) {
            prep.append("\n### From the job's own words\n\n");
            duties.forEach(duty -> prep.append("- \"").append(duty).append("\": describe a time you did this, with the result.\n"));
        }
        if (!summary.niceToHaveSkills().isEmpty()) {
            prep.append("\n### Worth a quick refresher\n\n- ").append(join(summary.niceToHaveSkills())).append('\n');
        }
        prep.append("\n### Questions to ask them\n\n- What does success look like in the first 90 days?\n"
                + "- How is on-call and production support shared?\n");
        summary.redFlags().forEach(flag -> prep.append("- Ask about: ").append(flag).append('\n'));
        return prep.toString();
    }

    /** Resume lines that mention the given skills, strongest (most skills) first. */
    private List<String> evidence(String resume, List<String> skills, int limit) {
        List<String> lines = new ArrayList<>();
        for (String line : TaskInputs.sentences(resume)) {
            long hits = taxonomy.skillsIn(line).stream().filter(skills::contains).count();
            if (hits > 0 && line.length() > 20) {
                lines.add(line);
            }
        }
        lines.sort((a, b) -> Long.compare(taxonomy.skillsIn(b).size(), taxonomy.skillsIn(a).size()));
        return lines.subList(0, Math.min(limit, lines.size()));
    }

    private static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
