package com.careergpt.service.llm.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Fills {@code {{path}}} placeholders (first non-empty of {@code {{a|b}}}) with call inputs. Templates put every
 * input between tags such as {@code <job_posting>...</job_posting>} and tell the model that tagged text is data;
 * so that an input cannot close its tag early and pose as instructions, tag-like sequences inside inputs are
 * defused ({@code </job_posting>} becomes {@code ‹/job_posting›}).
 */
final class PromptRenderer {

    static final String NOT_GIVEN = "(not given)";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_.|]+)\\s*}}");
    private static final Pattern TAG_LIKE = Pattern.compile("<\\s*(/?\\s*[A-Za-z_][A-Za-z0-9_:-]*)\\s*(/?)\\s*>");

    private PromptRenderer() {
    }

    static String render(String template, JsonNode inputs) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 256);
        while (placeholder.find()) {
            placeholder.appendReplacement(out, Matcher.quoteReplacement(valueOf(inputs, placeholder.group(1))));
        }
        placeholder.appendTail(out);
        return out.toString();
    }

    /** The first of the {@code |}-separated paths with a non-empty value, rendered as text. */
    static String valueOf(JsonNode inputs, String alternatives) {
        for (String path : alternatives.split("\\|")) {
            JsonNode value = at(inputs, path);
            if (present(value)) {
                return defuse(asText(value));
            }
        }
        return NOT_GIVEN;
    }

    static JsonNode at(JsonNode inputs, String path) {
        JsonNode node = inputs;
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(part);
        }
        return node;
    }

    static boolean present(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isString()) {
            return !value.asString().isBlank();
        }
        return !value.isContainer() || !value.isEmpty();
    }

    private static String asText(JsonNode value) {
        if (value.isString()) {
            return value.asString().strip();
        }
        if (value.isArray() && allScalars(value)) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            return String.join(", ", items);
        }
        return value.toPrettyString();
    }

    private static boolean allScalars(JsonNode array) {
        for (JsonNode item : array) {
            if (item.isContainer()) {
                return false;
            }
        }
        return true;
    }

    static String defuse(String text) {
        return TAG_LIKE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(
                "‹" + match.group(1).replace(" ", "") + match.group(2) + "›"));
    }
}
