package com.careergpt.service.llm.prompt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.careergpt.service.llm.LlmTask;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/** Every prompt template version found on the class path under {@code llm/prompts/<task>/<version>.yml}. */
public final class PromptCatalog {

    static final String LOCATION = "classpath*:llm/prompts/*/v*.yml";
    private static final Pattern FILE = Pattern.compile(".*/llm/prompts/([a-z_]+)/(v[0-9]+)\\.yml$");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final Map<LlmTask, List<PromptTemplate>> byTask;

    PromptCatalog(Map<LlmTask, List<PromptTemplate>> byTask) {
        this.byTask = byTask;
    }

    /** Reads the bundled templates; a malformed file stops the start-up with its name in the message. */
    public static PromptCatalog load() {
        ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(PromptCatalog.class.getClassLoader());
        Map<LlmTask, List<PromptTemplate>> byTask = new EnumMap<>(LlmTask.class);
        try {
            for (Resource resource : resolver.getResources(LOCATION)) {
                PromptTemplate template = read(resource);
                byTask.computeIfAbsent(template.task(), task -> new ArrayList<>()).add(template);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not list prompt templates at " + LOCATION, ex);
        }
        byTask.values().forEach(versions -> versions.sort(
                Comparator.comparingInt(template -> PromptTemplate.versionNumber(template.version()))));
        byTask.replaceAll((task, versions) -> Collections.unmodifiableList(versions));
        return new PromptCatalog(byTask);
    }

    static PromptTemplate read(Resource resource) {
        String location = String.valueOf(resource.getDescription());
        Matcher name;
        try {
            name = FILE.matcher(resource.getURL().toString());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (!name.matches()) {
            throw new IllegalStateException("Prompt template not named llm/prompts/<task>/v<N>.yml: " + location);
        }
        LlmTask task = LlmTask.fromJson(name.group(1)).filter(found -> found.json().equals(name.group(1)))
                .orElseThrow(() -> new IllegalStateException("Prompt template for an unknown task: " + location));
        try (InputStream in = resource.getInputStream()) {
            JsonNode file = YAML.readTree(in);
            String system = text(file, "system", location);
            String user = text(file, "user", location);
            List<String> requires = new ArrayList<>();
            file.path("requires").forEach(entry -> requires.add(entry.asString()));
            JsonNode schema = file.get("outputSchema");
            if (schema != null && schema.isNull()) {
                schema = null;
            }
            return new PromptTemplate(task, name.group(2), requires, system, user, schema);
        }
        catch (IOException | JacksonException ex) {
            throw new IllegalStateException("Could not read prompt template " + location + ": " + ex.getMessage(), ex);
        }
    }

    private static String text(JsonNode file, String field, String location) {
        JsonNode value = file.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new IllegalStateException("Prompt template " + location + " has no '" + field + "' text");
        }
        return value.asString();
    }

    /** All versions of a task, oldest first. */
    public List<PromptTemplate> versions(LlmTask task) {
        return byTask.getOrDefault(task, List.of());
    }

    public Optional<PromptTemplate> newest(LlmTask task) {
        List<PromptTemplate> versions = versions(task);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<PromptTemplate> find(LlmTask task, String version) {
        return versions(task).stream().filter(template -> template.version().equals(version)).findFirst();
    }
}
