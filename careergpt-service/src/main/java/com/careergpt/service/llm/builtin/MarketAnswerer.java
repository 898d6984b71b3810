package com.careergpt.service.llm.builtin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * market_question over the stats the caller passes: the stats field whose name shares most words with the question
 * (with a few synonyms: pay/salary, skills/demand, remote/home) is answered with its figures. Says plainly when
 * nothing in the stats matches, instead of guessing.
 */
final class MarketAnswerer {

    private static final Map<String, String> SYNONYMS = Map.of("pay", "salary", "salaries", "salary", "wage", "salary",
            "demand", "skills", "demanded", "skills", "wanted", "skills", "home", "remote", "wfh", "remote",
            "employers", "companies", "cities", "locations");

    record Answer(String answer, List<Figure> figures) {
    }

    record Figure(String label, String value) {
    }

    Answer answer(String question, JsonNode stats) {
        if (question == null || stats == null || !stats.isObject() || stats.isEmpty()) {
            return new Answer("I can only answer from market statistics, and none were given with the question.", List.of());
        }
        Set<String> words = words(question);
        String best = null;
        int bestScore = 0;
        for (String field : stats.propertyNames()) {
            Set<String> fieldWords = words(field.replaceAll("([a-z])([A-Z])", "$1 $2"));
            fieldWords.retainAll(words);
            if (fieldWords.size() > bestScore) {
                bestScore = fieldWords.size();
                best = field;
            }
        }
        if (best == null) {
            return new Answer("The statistics I have cover " + String.join(", ", stats.propertyNames())
                    + "; none of them answers that question.", List.of());
        }
        List<Figure> figures = new ArrayList<>();
        collect(best, stats.get(best), figures);
        List<Figure> shown = figures.subList(0, Math.min(10, figures.size()));
        StringBuilder answer = new StringBuilder("From the stored posts, " + humanize(best) + ": ");
        for (int i = 0; i < Math.min(5, shown.size()); i++) {
            answer.append(i == 0 ? "" : "; ").append(shown.get(i).label()).append(" ").append(shown.get(i).value());
        }
        return new Answer(answer.append('.').toString(), List.copyOf(shown));
    }

    private static void collect(String label, JsonNode node, List<Figure> figures) {
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (item.isObject()) {
                    String name = firstText(item, "skill", "name", "label", "title", "location", "company", "week");
                    String value = firstText(item, "count", "share", "median", "value", "p50");
                    figures.add(new Figure(name == null ? label : name, value == null ? item.toString() : value));
                } else {
                    figures.add(new Figure(label, item.asString()));
                }
            }
        } else if (node.isObject()) {
            for (String field : node.propertyNames()) {
                JsonNode value = node.get(field);
                figures.add(new Figure(field, value.isValueNode() ? value.asString() : value.toString()));
            }
        } else {
            figures.add(new Figure(humanize(label), node.asString()));
        }
    }

    private static String firstText(JsonNode item, String... names) {
        for (String name : names) {
            if (item.hasNonNull(name)) {
                return item.get(name).asString();
            }
        }
        return null;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() > 2) {
                String stem = word.endsWith("s") && word.length() > 4 ? word.substring(0, word.length() - 1) : word;
                words.add(SYNONYMS.getOrDefault(word, stem));
                words.add(stem);
            }
        }
        return words;
    }

    private static String humanize(String field) {
        return field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
