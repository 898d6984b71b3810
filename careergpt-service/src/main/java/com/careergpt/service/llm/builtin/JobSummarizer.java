package com.careergpt.service.llm.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.careergpt.service.embeddings.BundledEmbeddingModel;
import com.careergpt.service.scraping.normalize.JobAttributes;
import com.careergpt.service.scraping.normalize.SalaryParser;
import com.careergpt.service.skills.SkillMention;
import com.careergpt.service.skills.SkillTaxonomy;

/**
 * job_summary by rules: skills split into must-have and nice-to-have by the section and sentence they appear in
 * ("Requirements" vs "Nice to have", "... is a plus", "Bonus:", "von Vorteil"), seniority from title and years,
 * red flags from wording, and an extractive summary: the sentences closest (by embedding) to the whole post.
 */
final class JobSummarizer {

    private static final Pattern NICE_SECTION = Pattern.compile("(?iu)^(nice[- ]to[- ]have|bonus|preferred|pluspunkte|wünschenswert|good to have|extra credit)\\b.*|.*\\b(nice to have|bonus points)\\s*:?$");
    private static final Pattern MUST_SECTION = Pattern.compile("(?iu)^(requirements|must[- ]haves?|what we('|’)re looking for|qualifications|you have|your profile|about you|dein profil|ihr profil|anforderungen|what you('|’)ll do|responsibilities|deine aufgaben|ihre aufgaben)\\b.*");
    private static final Pattern NICE_SENTENCE = Pattern.compile("(?iu)\\b(is a plus|are a plus|a plus\\b|nice to have|bonus|preferred|ideally|von vorteil|wünschenswert|not required|optional)\\b");
    private static final List<Pattern> RED_FLAGS = List.of(
            Pattern.compile("(?iu)\\b(rock ?star|ninja|guru|wizard)\\b"),
            Pattern.compile("(?iu)\\b(unpaid|no pay|commission[- ]only)\\b"),
            Pattern.compile("(?iu)\\b(unlimited overtime|work hard,? play hard|always on|24/7 availability)\\b"),
            Pattern.compile("(?iu)\\bwear many hats\\b"),
            Pattern.compile("(?iu)\\b(fast[- ]paced)\\b"));
    private static final List<String> RED_FLAG_LABELS = List.of("hype words (rockstar/ninja) instead of a clear role",
            "pay is unpaid or commission-only", "expects overtime or constant availability", "one person doing several jobs",
            "\"fast-paced\": ask about workload and on-call");

    private final SkillTaxonomy taxonomy;
    private final BundledEmbeddingModel embeddings;

    JobSummarizer(SkillTaxonomy taxonomy, BundledEmbeddingModel embeddings) {
        this.taxonomy = taxonomy;
        this.embeddings = embeddings;
    }

    record Summary(String summary, List<String> mustHaveSkills, List<String> niceToHaveSkills, String seniority,
            List<String> redFlags) {
    }

    Summary summarize(TaskInputs inputs) {
        Set<String> must = new LinkedHashSet<>();
        Set<String> nice = new LinkedHashSet<>();
        boolean inNiceSection = false;
        for (String line : inputs.jobText().split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            boolean heading = trimmed.length() <= 60 && !trimmed.endsWith(".");
            if (heading && NICE_SECTION.matcher(trimmed).matches()) {
                inNiceSection = true;
            } else if (heading && MUST_SECTION.matcher(trimmed).matches()) {
                inNiceSection = false;
            }
            for (String sentence : TaskInputs.sentences(trimmed)) {
                boolean nicePhrase = inNiceSection || NICE_SENTENCE.matcher(sentence).find();
                for (SkillMention mention : taxonomy.find(sentence)) {
                    (nicePhrase ? nice : must).add(mention.skill().name());
                }
            }
        }
        taxonomy.canonicalize(inputs.jobSkills()).forEach(skill -> {
            if (!nice.contains(skill)) {
                must.add(skill);
            }
        });
        taxonomy.skillsIn(inputs.jobTitle() == null ? "" : inputs.jobTitle()).forEach(must::add);
        nice.removeAll(must);
        String seniority = JobAttributes.seniority(inputs.jobTitle(), inputs.jobText()).map(s -> s.json()).orElse(null);
        return new Summary(summaryText(inputs, seniority), List.copyOf(must), List.copyOf(nice), seniority,
                redFlags(inputs, must.size() + nice.size(), seniority));
    }

    private List<String> redFlags(TaskInputs inputs, int skillCount, String seniority) {
        List<String> flags = new ArrayList<>();
        String text = inputs.jobText();
        for (int i = 0; i < RED_FLAGS.size(); i++) {
            if (RED_FLAGS.get(i).matcher(text).find()) {
                flags.add(RED_FLAG_LABELS.get(i));
            }
        }
        if (SalaryParser.fromText(text).isEmpty()) {
            flags.add("no salary range given");
        }
        if ("junior".equals(seniority) && Pattern.compile("(?i)\\b([5-9]|1\\d)\\+?\\s*years").matcher(text).find()) {
            flags.add("junior title but asks for 5+ years of experience");
        }
        if (skillCount > 15) {
            flags.add("very long skill list (" + skillCount + "): the role may be poorly defined");
        }
        return flags;
    }

    /**
     * One line of facts, then the two sentences most central to the post, in their original order; a sentence that
     * only repeats the facts line or an earlier pick gives way to the next most central one.
     */
    private String summaryText(TaskInputs inputs, String seniority) {
        String role = inputs.jobTitle() == null ? "Job post" : inputs.jobTitle();
        SummarySentences summary = new SummarySentences();
        summary.add(-1, (seniority == null || role.toLowerCase(Locale.ROOT).contains(seniority) ? ""
                : capitalize(seniority) + "-level ") + role + (inputs.company() == null ? "" : " at " + inputs.company()));
        List<String> sentences = TaskInputs.sentences(inputs.jobText()).stream()
                .filter(sentence -> sentence.length() >= 30 && sentence.length() <= 300).toList();
        if (sentences.isEmpty()) {
            return summary.text();
        }
        List<String> batch = new ArrayList<>(sentences);
        batch.add(inputs.jobText());
        List<float[]> vectors = embeddings.embed(batch);
        float[] whole = vectors.get(vectors.size() - 1);
        List<Integer> central = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            central.add(i);
        }
        central.sort(Comparator.comparingDouble(i -> -BundledEmbeddingModel.cosine(vectors.get(i), whole)));
        int picked = 0;
        for (int i = 0; i < central.size() && picked < 2; i++) {
            if (summary.add(central.get(i), sentences.get(central.get(i)))) {
                picked++;
            }
        }
        return summary.text();
    }

    private static String capitalize(String value) {
        return value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
    }
}
