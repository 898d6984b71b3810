package com.careergpt.service.grounding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.careergpt.service.skills.SkillTaxonomy;

import tools.jackson.databind.JsonNode;

/**
 * Checks text a model wrote for a candidate (a cover letter, rewritten bullets, suggestions) against the candidate's
 * resume. Only claims are checked: sentences in the first person and bullet lines. In them a number (40%, $2M, 12),
 * an employer ("at Globex", "joined Initech") or a skill that does not occur in the resume is flagged. Sentences that
 * deny or wish ("I have not used Kubernetes", "eager to learn Rust") claim no skill. The job's own company is not an
 * invented employer.
 */
@Component
public class GroundingCheck {

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|I'd|I'll|my|me|mine|we|our)\\b");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•–]|\\d+[.)])\\s+");
    private static final Pattern NOT_A_CLAIM = Pattern.compile("\\b(not|never|no|haven't|hasn't|lack|learn|learning|"
            + "eager|keen|welcome|willing|would like|hope|if you|consider|add|mention)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,])([$€£]?\\d+(?:[.,]\\d+)*)\\s?(%|[kKmM]\\b|\\+)?");
    private static final Pattern EMPLOYER = Pattern.compile(
            "\\b(?:at|for|joined|with)\\s+((?:[A-Z][\\w&'.-]*)(?:\\s+(?:[A-Z][\\w&'.-]*|&|of))*)");
    private static final Set<String> NOT_EMPLOYERS = Set.of("i", "the", "a", "an", "this", "that", "my", "our",
            "your", "their", "it", "we", "you", "he", "she", "they", "every", "each", "all", "some", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "present", "scale", "speed", "home", "work");

    private final SkillTaxonomy taxonomy;

    public GroundingCheck(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Checks every string of a model's JSON output. */
    public GroundingReport check(JsonNode output, String resumeText, String jobCompany) {
        List<String> texts = new ArrayList<>();
        collect(output, texts);
        return check(String.join("\n", texts), resumeText, jobCompany);
    }

    public GroundingReport check(String generated, String resumeText, String jobCompany) {
        String resume = resumeText == null ? "" : resumeText;
        Set<String> resumeNumbers = numbersIn(resume);
        Set<String> resumeSkills = new HashSet<>(taxonomy.skillsIn(resume));
        String resumeLower = resume.toLowerCase(Locale.ROOT);
        String company = jobCompany == null ? "" : jobCompany.toLowerCase(Locale.ROOT).strip();
        Map<String, GroundingFlag> flags = new LinkedHashMap<>();
        for (String line : (generated == null ? "" : generated).split("\\n")) {
            boolean bullet = BULLET.matcher(line).find();
            for (String sentence : SENTENCES.split(BULLET.matcher(line).replaceFirst(""))) {
                String trimmed = sentence.strip();
                if (trimmed.isEmpty() || !(bullet || FIRST_PERSON.matcher(trimmed).find())) {
                    continue;
                }
                for (String number : claimedNumbers(trimmed)) {
                    if (!resumeNumbers.contains(number)) {
                        flags.putIfAbsent("number:" + number, new GroundingFlag("number", number, trimmed));
                    }
                }
                if (NOT_A_CLAIM.matcher(trimmed).find()) {
                    continue;
                }
                for (String skill : taxonomy.skillsIn(trimmed)) {
                    if (!resumeSkills.contains(skill)) {
                        flags.putIfAbsent("skill:" + skill, new GroundingFlag("skill", skill, trimmed));
                    }
                }
                Matcher employer = EMPLOYER.matcher(trimmed);
                while (employer.find()) {
                    String name = employer.group(1).replaceAll("[.,;:']+$", "").strip();
                    String key = name.toLowerCase(Locale.ROOT);
                    if (NOT_EMPLOYERS.contains(key.split("\\s+")[0]) || taxonomy.lookup(name).isPresent()
                            || resumeLower.contains(key) || (!company.isEmpty() && (company.contains(key)
                                    || key.contains(company)))) {
                        continue;
                    }
                    flags.putIfAbsent("employer:" + key, new GroundingFlag("employer", name, trimmed));
                }
            }
        }
        return GroundingReport.of(new ArrayList<>(flags.values()));
    }

    /**
     * The resume's numbers, each with and without its unit, so that a bare "40" in generated text is backed by
     * "40%" in the resume but "40%" is not backed by a bare "40".
     */
    static Set<String> numbersIn(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(digits(matcher) + unit(matcher));
            numbers.add(digits(matcher));
        }
        return numbers;
    }

    /** Numbers as claimed: currency signs and thousands separators dropped, a unit (%, k, m, +) kept. */
    static List<String> claimedNumbers(String text) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            numbers.add(digits(matcher) + unit(matcher));
        }
        return numbers;
    }

    private static String digits(Matcher number) {
        return number.group(1).replaceAll("[$€£]", "").replaceAll("(?<=\\d)[.,](?=\\d{3}\\b)", "");
    }

    private static String unit(Matcher number) {
        return number.group(2) == null ? "" : number.group(2).toLowerCase(Locale.ROOT);
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            texts.add(node.asString());
            return;
        }
        for (JsonNode child : node.values()) {
            collect(child, texts);
        }
    }
}
