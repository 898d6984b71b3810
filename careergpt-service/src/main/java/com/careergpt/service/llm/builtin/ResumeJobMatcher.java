package com.careergpt.service.llm.builtin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.careergpt.service.embeddings.BundledEmbeddingModel;
import com.careergpt.service.skills.SkillTaxonomy;

/**
 * resume_job_match: the job's skills found or not in the resume (taxonomy, aliases included) and how close the two
 * texts are (embedding cosine); score = 70% skill coverage + 30% semantic closeness, each on 0-100.
 */
final class ResumeJobMatcher {

    private final SkillTaxonomy taxonomy;
    private final BundledEmbeddingModel embeddings;

    ResumeJobMatcher(SkillTaxonomy taxonomy, BundledEmbeddingModel embeddings) {
        this.taxonomy = taxonomy;
        this.embeddings = embeddings;
    }

    record Match(int score, List<String> matchedSkills, List<String> missingSkills, String explanation,
            List<String> suggestions, double similarity) {
    }

    Match match(TaskInputs inputs) {
        Set<String> jobSkills = new LinkedHashSet<>(taxonomy.canonicalize(inputs.jobSkills()));
        jobSkills.addAll(taxonomy.skillsIn((inputs.jobTitle() == null ? "" : inputs.jobTitle()) + "\n" + inputs.jobText()));
        Set<String> resumeSkills = new LinkedHashSet<>(taxonomy.skillsIn(inputs.resumeText()));
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String skill : jobSkills) {
            (resumeSkills.contains(skill) ? matched : missing).add(skill);
        }
        List<float[]> vectors = embeddings.embed(List.of(inputs.resumeText(), inputs.jobText()));
        double similarity = BundledEmbeddingModel.cosine(vectors.get(0), vectors.get(1));
        double coverage = jobSkills.isEmpty() ? 0 : (double) matched.size() / jobSkills.size();
        double closeness = Math.max(0, Math.min(1, (similarity - 0.2) / 0.6));
        int score = (int) Math.round(100 * (0.7 * coverage + 0.3 * closeness));
        String explanation = String.format(
                "The resume covers %d of the %d skills the job names (%d%%)%s; the texts are %s related (similarity %.2f).",
                matched.size(), jobSkills.size(), Math.round(coverage * 100),
                missing.isEmpty() ? "" : ", missing " + String.join(", ", missing.subList(0, Math.min(5, missing.size()))),
                similarity >= 0.6 ? "closely" : similarity >= 0.4 ? "somewhat" : "loosely", similarity);
        List<String> suggestions = new ArrayList<>();
        for (String skill : missing.subList(0, Math.min(5, missing.size()))) {
            suggestions.add("If you have used " + skill + ", say where and for what; if not, it is the gap to address.");
        }
        if (!matched.isEmpty()) {
            suggestions.add("Lead with your " + String.join(", ", matched.subList(0, Math.min(3, matched.size())))
                    + " experience: these are what the job asks for and you have.");
        }
        return new Match(score, matched, missing, explanation, suggestions, similarity);
    }
}
