package com.careergpt.service.configuration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.careergpt.common.environment.EnvironmentVariableAliases;
import com.careergpt.identity.IdentityApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/configuration.md is the configuration reference: checked against the metadata the configuration processor
 * writes from the properties records (names and defaults), the environment variable aliases, the configuration
 * files, and .env.example.
 */
class ConfigurationReferenceTest {

    private static final Path ROOT = Path.of("..");

    private static final String[] CONFIG_NAMES = {"application", IdentityApplication.CONFIG_NAME};

    private static final Pattern ROW = Pattern.compile("^\\| (`[A-Z][A-Z0-9_]*`|-) \\| (.+?) \\| (.+?) \\| .+ \\|$");

    private static final Pattern NAME = Pattern.compile("`([^`]+)`");

    private static final Pattern EXAMPLE_LINE = Pattern.compile("^(?:# )?([A-Z][A-Z0-9_]*)=.*$");

    private static final Set<String> NO_DEFAULT = Set.of("empty", "none", "required");

    record Setting(String variable, List<String> properties, String documentedDefault) {

        @Override
        public String toString() {
            return variable + " " + properties;
        }
    }

    @Test
    void everyPropertyOfTheRecordsIsDocumentedWithTheDefaultOfItsRecord() {
        List<String> problems = new ArrayList<>();
        ourMetadata().forEach((property, entry) -> {
            List<Setting> rows = documented().stream()
                    .filter(row -> row.properties().stream().anyMatch(name -> sameOrElementOf(name, property)))
                    .toList();
            if (rows.isEmpty()) {
                problems.add(property + " is not in docs/configuration.md");
                return;
            }
            Object value = entry.get("defaultValue");
            String expected = value == null || value.toString().isEmpty() || value instanceof List<?>
                    ? null : "`" + value + "`";
            rows.stream().filter(row -> expected != null ? !row.documentedDefault().equals(expected)
                            : !NO_DEFAULT.contains(row.documentedDefault()) && !setInAConfigurationFile(property))
                    .forEach(row -> problems.add(property + " is documented with default " + row.documentedDefault()
                            + ", its record says " + (expected == null ? "none" : expected)));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDocumentedPropertyExists() {
        Set<String> known = new TreeSet<>(allMetadata().keySet());
        known.addAll(configurationFileProperties());
        List<String> unknown = documented().stream().flatMap(row -> row.properties().stream())
                .filter(property -> known.stream().noneMatch(name -> sameOrElementOf(property, name)))
                .toList();
        assertThat(unknown).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("variablesOfProperties")
    void eachDocumentedVariableSetsItsProperties(Setting setting) {
        StandardEnvironment environment = environment(Map.of(setting.variable(), "value-of-" + setting.variable()));

        Binder binder = Binder.get(environment);
        setting.properties().forEach(property -> assertThat(binder.bind(property, String.class).orElse(null))
                .as(property).isEqualTo("value-of-" + setting.variable()));
    }

    @Test
    void everyAliasIsDocumentedWithThePropertiesItSets() {
        Map<String, List<String>> documented = new TreeMap<>();
        documented().forEach(row -> documented.put(row.variable(), row.properties()));
        Map<String, List<String>> aliases = new TreeMap<>();
        aliases.putAll(EnvironmentVariableAliases.of(getClass().getClassLoader(), "application"));
        EnvironmentVariableAliases.of(getClass().getClassLoader(), IdentityApplication.CONFIG_NAME)
                .forEach((variable, properties) -> aliases.merge(variable, properties,
                        (a, b) -> Stream.concat(a.stream(), b.stream()).distinct().toList()));

        aliases.forEach((variable, properties) -> assertThat(documented.get(variable)).as(variable)
                .containsExactlyInAnyOrderElementsOf(properties));
    }

    @Test
    void aVariableThatIsNeitherAnAliasNorARelaxedNameIsReadByAConfigurationFileOrTheDeployment() {
        String readers = read("careergpt") + read("docker-compose.yml") + read("Dockerfile") + read("deploy/jvm.sh")
                + read("deploy/docker-entrypoint.sh") + configurationFileText();
        List<String> unread = documented().stream()
                .filter(row -> !row.variable().equals("-") && !setsItsPropertiesDirectly(row))
                .map(Setting::variable)
                .filter(variable -> !Pattern.compile("\\$\\{" + variable + "[:}]|\\$" + variable + "\\b").matcher(readers).find())
                .toList();
        assertThat(unread).isEmpty();
    }

    @Test
    void envExampleListsEveryDocumentedVariableAndNothingElse() {
        Set<String> example = new TreeSet<>();
        read(".env.example").lines().map(EXAMPLE_LINE::matcher).filter(Matcher::matches)
                .forEach(line -> example.add(line.group(1)));
        Set<String> documented = new TreeSet<>();
        documented().stream().map(Setting::variable).filter(variable -> !variable.equals("-")).forEach(documented::add);

        assertThat(example).as("in .env.example, not documented").isSubsetOf(documented);
        assertThat(documented).as("documented, not in .env.example").isSubsetOf(example);
    }

    @Test
    void envExampleSetsOnlyTheSecretsEveryOtherLineIsCommentedOut() {
        List<String> set = read(".env.example").lines().filter(line -> line.matches("^[A-Z][A-Z0-9_]*=.*"))
                .map(line -> line.substring(0, line.indexOf('='))).toList();
        assertThat(set).containsExactlyInAnyOrder("JWT_SECRET", "INTERNAL_SERVICE_TOKEN", "POSTGRES_PASSWORD");
    }

    static Stream<Setting> variablesOfProperties() {
        return documented().stream().filter(ConfigurationReferenceTest::setsItsPropertiesDirectly);
    }

    /** An alias, or Spring's relaxed name of every property of its row. */
    private static boolean setsItsPropertiesDirectly(Setting row) {
        if (row.variable().equals("-") || row.properties().isEmpty()) {
            return false;
        }
        List<String> aliased = aliases().get(row.variable());
        if (aliased != null) {
            return true;
        }
        return row.properties().stream().allMatch(property -> relaxedNames(property).contains(row.variable()));
    }

    private static Set<String> relaxedNames(String property) {
        String upper = property.toUpperCase(Locale.ROOT).replace('.', '_').replace("[", "_").replace("]", "");
        return new HashSet<>(List.of(upper.replace("-", ""), upper.replace('-', '_')));
    }

    private static boolean sameOrElementOf(String name, String property) {
        return name.equals(property) || name.startsWith(property + ".") || name.startsWith(property + "[");
    }

    private static Map<String, List<String>> aliases() {
        return EnvironmentVariableAliases.of(ConfigurationReferenceTest.class.getClassLoader(), CONFIG_NAMES);
    }

    private static StandardEnvironment environment(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new LinkedHashMap<>(variables)));
        environment.getPropertySources().addLast(new MapPropertySource("defaultProperties",
                Map.of("spring.config.name", String.join(",", CONFIG_NAMES))));
        new EnvironmentVariableAliases().postProcessEnvironment(environment, new SpringApplication());
        ConfigurationPropertySources.attach(environment);
        return environment;
    }

    private static List<Setting> documented() {
        List<Setting> rows = new ArrayList<>();
        read("docs/configuration.md").lines().map(ROW::matcher).filter(Matcher::matches).forEach(row -> {
            List<String> properties = new ArrayList<>();
            Matcher name = NAME.matcher(row.group(2));
            while (name.find()) {
                properties.add(name.group(1));
            }
            rows.add(new Setting(row.group(1).replace("`", ""), properties, row.group(3)));
        });
        return rows;
    }

    /** The properties of this project's records, by name. */
    private static Map<String, Map<String, Object>> ourMetadata() {
        Map<String, Map<String, Object>> ours = new TreeMap<>();
        allMetadata().forEach((name, entry) -> {
            if (String.valueOf(entry.get("sourceType")).startsWith("com.careergpt.")) {
                ours.put(name, entry);
            }
        });
        assertThat(ours).as("metadata of the careergpt records").containsKeys("careergpt.jwt.issuer",
                "careergpt.identity.guest.creation-limit", "careergpt.scraper.user-agent");
        return ours;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> allMetadata() {
        Map<String, Map<String, Object>> all = new TreeMap<>();
        JsonMapper json = JsonMapper.builder().build();
        try {
            for (URL url : Collections.list(ConfigurationReferenceTest.class.getClassLoader()
                    .getResources("META-INF/spring-configuration-metadata.json"))) {
                try (InputStream in = url.openStream()) {
                    Map<String, Object> metadata = json.readValue(in, Map.class);
                    for (Object property : (List<Object>) metadata.getOrDefault("properties", List.of())) {
                        Map<String, Object> entry = (Map<String, Object>) property;
                        all.putIfAbsent((String) entry.get("name"), entry);
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return all;
    }

    private static boolean setInAConfigurationFile(String property) {
        return configurationFileProperties().stream().anyMatch(name -> sameOrElementOf(name, property));
    }

    private static Set<String> configurationFileProperties() {
        Set<String> names = new TreeSet<>();
        for (Resource file : configurationFiles()) {
            YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
            yaml.setResources(file);
            Properties properties = yaml.getObject();
            properties.keySet().forEach(name -> names.add(name.toString()));
        }
        return names;
    }

    private static String configurationFileText() {
        StringBuilder text = new StringBuilder();
        for (Resource file : configurationFiles()) {
            try (InputStream in = file.getInputStream()) {
                text.append(new String(in.readAllBytes())).append('\n');
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return text.toString();
    }

    /** The services' own configuration files (not those of libraries on the test class path). */
    private static List<Resource> configurationFiles() {
        try {
            List<Resource> files = new ArrayList<>();
            for (String pattern : List.of("classpath*:application*.yml", "classpath*:identity-service*.yml")) {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                    String location = resource.getURL().toString();
                    if (location.contains("/careergpt-service/") || location.contains("/identity-service/")) {
                        files.add(resource);
                    }
                }
            }
            assertThat(files).extracting(Resource::getFilename)
                    .contains("application.yml", "identity-service.yml", "application-postgres.yml");
            return files;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
