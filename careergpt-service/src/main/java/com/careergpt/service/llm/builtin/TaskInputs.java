package com.careergpt.service.llm.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** The parts of a call's inputs the rules read: the job (or raw text), the resume, a question, market stats. */
record TaskInputs(String jobTitle, String company, String jobText, List<String> jobSkills, String resumeText,
        String question, JsonNode stats, String tone) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-ZÄÖÜ0-9•\\-])|\\n+");

    static TaskInputs of(JsonNode inputs) {
        JsonNode job = inputs.path("job");
        String text = text(inputs.get("text"));
        String description = text(job.get("description"));
        String jobText = description != null ? description : text;
        String title = text(job.get("title"));
        if (title == null && jobText != null) {
            title = jobText.strip().lines().findFirst().orElse(null);
        }
        List<String> skills = new ArrayList<>();
        job.path("skills").forEach(skill -> skills.add(skill.asString()));
        return new TaskInputs(title, text(job.get("company")), jobText == null ? "" : jobText, skills,
                text(inputs.path("resume").get("text")) == null ? "" : text(inputs.path("resume").get("text")),
                text(inputs.get("question")), inputs.path("stats"), text(inputs.get("tone")));
    }

    /** Sentences and list items of a text, trimmed, without empty ones. */
    static List<String> sentences(String text) {
        List<String> result = new ArrayList<>();
        for (String part : SENTENCE_END.split(text == null ? "" : text)) {
            String trimmed = part.strip().replaceFirst("^[•\\-*]\\s*", "");
            if (trimmed.length() > 2) {
                result.add(trimmed);
            }
        }
        return result;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        String value = node.asString().strip();
        return value.isEmpty() ? null : value;
    }
}
