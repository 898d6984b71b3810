package com.careergpt.common.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The settings an operator could change that the ahead-of-time processed context depends on, each with the state
 * it had when the build processed it: {@code env:NAME} (an environment variable), {@code sys:name} (a system
 * property) or {@code arg:name} (a {@code --name=value} argument), each mapped to "" when unset or to the SHA-256
 * of its value. Written by the build as {@code META-INF/careergpt/aot-inputs/<spring.config.name>.properties}.
 */
record AotInputs(Map<String, String> states) {

    static final String LOCATION = "META-INF/careergpt/aot-inputs/";

    static final String UNSET = "";

    static String resource(String configName) {
        return LOCATION + configName + ".properties";
    }

    /**
     * The inputs of these consulted properties: for each, its system property, its argument and the environment
     * variables Spring Boot maps to it, plus the aliased variables ({@code EnvironmentVariableAliases}) that set it.
     */
    static Set<String> namesOf(Collection<String> properties, Map<String, List<String>> aliases) {
        Set<String> names = new LinkedHashSet<>();
        for (String property : properties) {
            names.add("sys:" + property);
            names.add("arg:" + property);
            String upper = property.toUpperCase(Locale.ROOT).replace('.', '_');
            names.add("env:" + upper.replace("-", ""));
            names.add("env:" + upper.replace('-', '_'));
            aliases.forEach((variable, targets) -> {
                if (targets.contains(property)) {
                    names.add("env:" + variable);
                }
            });
        }
        return names;
    }

    /** The state of each of these inputs, read with {@code lookup} ({@code env:NAME} and the like to a value or null). */
    static AotInputs capture(Collection<String> names, UnaryOperator<String> lookup) {
        Map<String, String> states = new TreeMap<>();
        names.forEach(name -> states.put(name, stateOf(lookup.apply(name))));
        return new AotInputs(states);
    }

    static String stateOf(String value) {
        if (value == null) {
            return UNSET;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The first input whose state now differs from the build's, if any. */
    Optional<String> firstChanged(UnaryOperator<String> lookup) {
        return states.entrySet().stream()
                .filter(input -> !input.getValue().equals(stateOf(lookup.apply(input.getKey()))))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    String write() {
        Properties properties = new SortedProperties();
        properties.putAll(states);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, "What the ahead-of-time processed context depends on (written by the build)");
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    static Optional<AotInputs> read(ClassLoader classLoader, String configName) {
        try (InputStream in = classLoader.getResourceAsStream(resource(configName))) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> states = new TreeMap<>();
            properties.stringPropertyNames().forEach(name -> states.put(name, properties.getProperty(name)));
            return Optional.of(new AotInputs(states));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Written in name order, so that two builds of the same sources write the same file. */
    private static final class SortedProperties extends Properties {

        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            Set<Map.Entry<Object, Object>> sorted = new TreeSet<>(Comparator.comparing(entry -> entry.getKey().toString()));
            sorted.addAll(super.entrySet());
            return sorted;
        }
    }
}
