package com.careergpt.common.aot;

import java.util.LinkedHashMap;
import java.util.Map;
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

    private final Map<ConfigurationPropertyName, Object> winning = new LinkedHashMap<>();
    private final Iterable<ConfigurationPropertySource> sources;

    /** Reads every property of the environment's enumerable sources once; {@link #of} is then cheap. */
    PropertyFingerprint(ConfigurableEnvironment environment) {
        this.sources = ConfigurationPropertySources.get(environment);
        for (ConfigurationPropertySource source : sources) {
            if (isRecorder(source) || !(source instanceof IterableConfigurationPropertySource iterable)) {
                continue;
            }
            iterable.forEach(name -> {
                if (!winning.containsKey(name)) {
                    ConfigurationProperty property = source.getConfigurationProperty(name);
                    winning.put(name, property == null ? null : property.getValue());
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
        winning.forEach((candidate, value) -> {
            if (target.isAncestorOf(candidate)) {
                text.add(candidate + "=" + value);
            }
        });
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
