package com.careergpt.common.aot;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * What an environment says about one property, read the way Spring Boot's binder reads it: through every property
 * source with Spring's own name mapping (so {@code SPRING_PROFILES_ACTIVE_0_}, {@code spring_mail_host}, a
 * {@code --argument}, a system property, an aliased variable or a configuration file all count), the property itself
 * and every property below it ({@code spring.profiles.group.default} below {@code spring.profiles.group}), each with
 * the raw value of the source that wins for it (placeholders unresolved: {@code ${careergpt.data-dir}} stays as
 * written, and the placeholders' own properties are fingerprinted on their own).
 */
final class PropertyFingerprint {

    /** For each name that has properties below it, those properties with their winning values, in source order. */
    private final Map<ConfigurationPropertyName, StringJoiner> below = new HashMap<>();
    private final Iterable<ConfigurationPropertySource> sources;

    /**
     * Reads every property of the environment's enumerable sources once and files it under each of its ancestors;
     * {@link #of} is then a look-up, not a pass over every property of the environment.
     */
    PropertyFingerprint(ConfigurableEnvironment environment) {
        this.sources = ConfigurationPropertySources.get(environment);
        Set<ConfigurationPropertyName> seen = new HashSet<>();
        for (ConfigurationPropertySource source : sources) {
            if (isRecorder(source) || !(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.forEach(name -> {
                if (seen.add(name)) {
                    ConfigurationProperty property = source.getConfigurationProperty(name);
                    String line = name + "=" + (property == null ? null : property.getValue());
                    for (ConfigurationPropertyName ancestor = name.getParent(); !ancestor.isEmpty(); ancestor = ancestor.getParent()) {
                        below.computeIfAbsent(ancestor, key -> new StringJoiner("\n")).add(line);
                    }
                }
            });
        }
    }

    /** The property {@code name} and those below it, as text; "" when the environment sets none of them. */
    String of(String name) {
        ConfigurationPropertyName target = ConfigurationPropertyName.adapt(name, '.');
        if (target.isEmpty()) {
            return "";
        }
        StringJoiner text = new StringJoiner("\n");
        Object direct = directValue(target);
        if (direct != null) {
            text.add(target + "=" + direct);
        }
        StringJoiner descendants = below.get(target);
        if (descendants != null) {
            text.add(descendants.toString());
        }
        return text.toString();
    }

    private Object directValue(ConfigurationPropertyName target) {
        for (ConfigurationPropertySource source : sources) {
            if (isRecorder(source)) {
                continue;
            }
            ConfigurationProperty property = source.getConfigurationProperty(target);
            if (property != null) {
                return property.getValue();
            }
        }
        return null;
    }

    private static boolean isRecorder(ConfigurationPropertySource source) {
        return source.getUnderlyingSource() instanceof RecordingPropertySource;
    }
}
