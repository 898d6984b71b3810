package com.careergpt.identity.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code /actuator/prometheus} answer (text format), read sample by sample. */
public record PrometheusScrape(List<Sample> samples) {

    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\S+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    public static PrometheusScrape parse(String text) {
        return new PrometheusScrape(text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(PrometheusScrape::sample).toList());
    }

    private static Sample sample(String line) {
        String withoutExemplar = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
        Matcher matcher = SAMPLE.matcher(withoutExemplar);
        if (!matcher.matches()) {
            throw new AssertionError("not a Prometheus sample: " + line);
        }
        Map<String, String> labels = new HashMap<>();
        if (matcher.group(2) != null) {
            Matcher label = LABEL.matcher(matcher.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return new Sample(matcher.group(1), labels, Double.parseDouble(matcher.group(3)));
    }

    /** The sum of the samples named {@code name} that carry every label given as name, value, name, value... */
    public double sum(String name, String... labels) {
        return matching(name, labels).stream().mapToDouble(Sample::value).sum();
    }

    public List<Sample> matching(String name, String... labels) {
        return samples.stream().filter(sample -> sample.name().equals(name) && sample.has(labels)).toList();
    }

    public record Sample(String name, Map<String, String> labels, double value) {

        boolean has(String... pairs) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (!pairs[i + 1].equals(labels.get(pairs[i]))) {
                    return false;
                }
            }
            return true;
        }
    }
}
