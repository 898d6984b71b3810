package com.careergpt.common.environment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The documented environment variables whose names are not Spring's relaxed names of the properties they set
 * ({@code JWT_SECRET} for {@code careergpt.jwt.secret}, {@code CAREERGPT_PORT} for {@code server.port}, ...).
 * Every other {@code CAREERGPT_...} variable binds its property directly, so the configuration files carry no
 * {@code ${ENV:default}} copies: a default is written once, in its properties record.
 *
 * <p>The aliases are read from {@code META-INF/environment-variable-aliases/careergpt-common.properties} (both
 * services) and {@code <spring.config.name>.properties} (one service), one {@code VARIABLE=property[,property]} a
 * line. A variable that is set and not empty sets its properties just below the environment itself: above the
 * configuration files, below a property's own relaxed environment variable, system properties and arguments.
 */
public class EnvironmentVariableAliases implements EnvironmentPostProcessor, Ordered {

    public static final String PROPERTY_SOURCE_NAME = "environmentVariableAliases";

    static final String LOCATION = "META-INF/environment-variable-aliases/";

    static final String COMMON = "careergpt-common";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> variables = environment.getPropertySources()
                .get(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        if (variables == null) {
            return;
        }
        String[] configNames = environment.getProperty("spring.config.name", String[].class, new String[] {"application"});
        Map<String, Object> properties = new LinkedHashMap<>();
        of(getClass().getClassLoader(), configNames).forEach((variable, names) -> {
            Object value = variables.getProperty(variable);
            if (value != null && !value.toString().isEmpty()) {
                names.forEach(name -> properties.put(name, value));
            }
        });
        if (!properties.isEmpty()) {
            environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new MapPropertySource(PROPERTY_SOURCE_NAME, properties));
        }
    }

    /** Runs after the configuration files are located, so {@code spring.config.name} is the one they use. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Each aliased variable of the application with these config names, and the properties it sets. */
    public static Map<String, List<String>> of(ClassLoader classLoader, String... configNames) {
        Map<String, List<String>> aliases = new TreeMap<>();
        Stream.concat(Stream.of(COMMON), Arrays.stream(configNames).map(String::strip)).distinct().forEach(name -> {
            Properties lines = load(classLoader, LOCATION + name + ".properties");
            lines.stringPropertyNames().forEach(variable -> aliases.merge(variable,
                    Arrays.stream(lines.getProperty(variable).split(",")).map(String::strip).toList(),
                    (earlier, later) -> Stream.concat(earlier.stream(), later.stream()).distinct().toList()));
        });
        return aliases;
    }

    private static Properties load(ClassLoader classLoader, String resource) {
        Properties properties = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + resource, ex);
        }
        return properties;
    }
}
