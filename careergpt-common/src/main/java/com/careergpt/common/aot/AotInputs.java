package com.careergpt.common.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;

/**
 * The configuration the ahead-of-time processed context depends on: for each property its conditions consulted, the
 * digest of its {@link PropertyFingerprint} when the build processed it, plus the active and default profiles.
 * Digests are salted with a random value of each build, so that the jar does not carry a plain digest of a value.
 * Written by the build as {@code META-INF/careergpt/aot-inputs/<spring.config.name>.properties}.
 */
record AotInputs(String salt, Map<String, String> digests) {

    static final String LOCATION = "META-INF/careergpt/aot-inputs/";

    static final String ACTIVE_PROFILES = "@profiles.active";

    static final String DEFAULT_PROFILES = "@profiles.default";

    private static final String SALT = "@salt";

    static String resource(String configName) {
        return LOCATION + configName + ".properties";
    }

    /** The resource of the application this environment configures: named for its first {@code spring.config.name}. */
    static String resource(Environment environment) {
        return resource(environment.getProperty("spring.config.name", String[].class, new String[] {"application"})[0].strip());
    }

    static String newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    /** What this environment says about these properties and its profiles. */
    static AotInputs capture(ConfigurableEnvironment environment, Collection<String> properties, String salt) {
        Map<String, String> digests = new TreeMap<>();
        fingerprints(environment, properties).forEach((name, text) -> digests.put(name, digest(salt, text)));
        return new AotInputs(salt, digests);
    }

    /** The first input this environment says differently than the build's did, if any. */
    Optional<String> firstChanged(ConfigurableEnvironment environment) {
        Map<String, String> now = fingerprints(environment, digests.keySet());
        return digests.entrySet().stream()
                .filter(input -> !input.getValue().equals(digest(salt, now.get(input.getKey()))))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The fingerprint of each of these properties (the profile entries among them skipped), and the profiles. */
    private static Map<String, String> fingerprints(ConfigurableEnvironment environment, Collection<String> names) {
        PropertyFingerprint fingerprint = new PropertyFingerprint(environment);
        Map<String, String> texts = new TreeMap<>();
        names.stream().filter(name -> !name.equals(ACTIVE_PROFILES) && !name.equals(DEFAULT_PROFILES))
                .forEach(name -> texts.put(name, fingerprint.of(name)));
        texts.put(ACTIVE_PROFILES, String.join(",", environment.getActiveProfiles()));
        texts.put(DEFAULT_PROFILES, String.join(",", environment.getDefaultProfiles()));
        return texts;
    }

    static String digest(String salt, String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    String write() {
        Properties properties = new SortedProperties();
        properties.putAll(digests);
        properties.put(SALT, salt);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, "What the ahead-of-time processed context depends on (written by the build)");
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    static Optional<AotInputs> read(ClassLoader classLoader, String resource) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> digests = new TreeMap<>();
            properties.stringPropertyNames().stream().filter(name -> !name.equals(SALT))
                    .forEach(name -> digests.put(name, properties.getProperty(name)));
            return Optional.of(new AotInputs(properties.getProperty(SALT, ""), digests));
        }
    }

    /** Written in name order, so that the file reads the same from one build to the next (but for the salt). */
    private static final class SortedProperties extends Properties {

        @Override
        public Set<Map.Entry<Object, Object>> entrySet() {
            Set<Map.Entry<Object, Object>> sorted = new TreeSet<>(Comparator.comparing(entry -> entry.getKey().toString()));
            sorted.addAll(super.entrySet());
            return sorted;
        }
    }
}
