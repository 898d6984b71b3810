package com.careergpt.service.scraping.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import com.careergpt.service.scraping.normalize.BlockText;

/**
 * The labelled facts of a page wherever they sit: definition lists ({@code <dt>Company</dt><dd>...</dd>}),
 * two-cell table rows, label elements and bold labels followed by their value, and "Label: value" lines. Only labels
 * of the {@link FactLabels} vocabulary count; a value stops where the next "Label:" starts, so "New York NY
 * Duration: Direct Placement" is the city line "New York NY". A value is its first line (a cell's "Loading map..."
 * widget is not part of the city), but for skills, whose lines are the list.
 */
final class PageFacts {

    private static final Pattern LINE = Pattern.compile("^([^:：]{1,40}?)\\s*[:：]\\s*(.+)$");
    /** A colon ending a label inside a value: where the value may end. */
    private static final Pattern COLON = Pattern.compile("[:：](?=\\s|$)");
    private static final int MAX_VALUE_LENGTH = 300;

    private final Map<FactLabels, List<String>> values = new EnumMap<>(FactLabels.class);

    private PageFacts() {
    }

    static PageFacts of(Element main) {
        PageFacts facts = new PageFacts();
        for (Element term : main.select("dt")) {
            Element definition = term.nextElementSibling();
            if (definition != null && definition.normalName().equals("dd")) {
                facts.add(term.text(), BlockText.of(definition));
            }
        }
        for (Element row : main.select("tr")) {
            if (row.childrenSize() == 2) {
                facts.add(row.child(0).text(), BlockText.of(row.child(1)));
            }
        }
        for (Element label : main.select("label, b, strong, th, span, div, p, td, li")) {
            if (label.childrenSize() > 1) {
                continue;
            }
            String own = label.text();
            if (own.length() <= 41 && (own.endsWith(":") || own.endsWith("："))) {
                facts.add(own, valueAfter(label));
            }
        }
        for (String line : BlockText.of(main).split("\n")) {
            if (line.length() > 400 || (line.indexOf(':') < 0 && line.indexOf('：') < 0)) {
                continue;
            }
            Matcher matcher = LINE.matcher(line.trim());
            if (matcher.matches()) {
                facts.add(matcher.group(1), matcher.group(2));
            }
        }
        return facts;
    }

    /** The text right after a label element, up to a line break or block; else the next element's text. */
    private static String valueAfter(Element label) {
        StringBuilder value = new StringBuilder();
        for (Node next = label.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof TextNode text) {
                value.append(text.text());
            } else if (next instanceof Element element) {
                if (element.normalName().equals("br") || element.isBlock() || element.text().endsWith(":")) {
                    break;
                }
                value.append(element.text());
            }
        }
        if (!value.toString().isBlank()) {
            return value.toString();
        }
        Element sibling = label.nextElementSibling();
        return sibling == null ? null : sibling.text();
    }

    private void add(String label, String value) {
        if (label == null || value == null) {
            return;
        }
        Optional<FactLabels> field = FactLabels.of(label);
        if (field.isEmpty()) {
            return;
        }
        String cut = cut(field.get() == FactLabels.SKILLS ? value.replace('\n', ',') : firstLine(value));
        if (!cut.isEmpty()) {
            values.computeIfAbsent(field.get(), key -> new ArrayList<>()).add(cut);
        }
    }

    private static String firstLine(String value) {
        for (String line : value.split("\n")) {
            if (!line.isBlank()) {
                return line;
            }
        }
        return "";
    }

    static String cut(String value) {
        String trimmed = value.replace('\u00a0', ' ').trim();
        Matcher colon = COLON.matcher(trimmed);
        while (colon.find()) {
            int labelStart = labelBefore(trimmed, colon.start());
            if (labelStart > 0) {
                trimmed = trimmed.substring(0, labelStart).trim();
                break;
            }
        }
        return trimmed.length() > MAX_VALUE_LENGTH ? "" : trimmed;
    }

    /** Where a vocabulary label of up to three words ends at {@code end}, or -1. */
    private static int labelBefore(String text, int end) {
        int start = end;
        int found = -1;
        for (int words = 0; words < 3; words++) {
            int space = text.lastIndexOf(' ', start - 1);
            if (space < 0) {
                break;
            }
            start = space;
            if (FactLabels.exact(text.substring(start + 1, end)).isPresent()) {
                found = start;
            }
        }
        return found;
    }

    /** Every value given for a field, in the order found. */
    List<String> all(FactLabels field) {
        return values.getOrDefault(field, List.of());
    }

    /** The first value of a field that reads as something ({@code read} answers empty when it does not). */
    <T> Optional<T> first(FactLabels field, Function<String, Optional<T>> read) {
        for (String value : all(field)) {
            Optional<T> result = read.apply(value);
            if (result.isPresent()) {
                return result;
            }
        }
        return Optional.empty();
    }

    String first(FactLabels field) {
        List<String> found = all(field);
        return found.isEmpty() ? null : found.get(0);
    }
}
