package com.careergpt.service.llm.prompt;

import java.util.EnumMap;
import java.util.Map;

import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;
import com.careergpt.service.llm.LlmTask;
import com.careergpt.service.llm.RenderedPrompt;

import tools.jackson.databind.JsonNode;

/**
 * Turns a task and its inputs into the {@link RenderedPrompt} providers read: the pinned template version when one
 * is configured for the task, else the newest.
 */
public class PromptFactory {

    private final Map<LlmTask, PromptTemplate> selected = new EnumMap<>(LlmTask.class);

    public PromptFactory(PromptCatalog catalog, PromptProperties properties) {
        properties.pinned().forEach((taskName, version) -> {
            LlmTask task = LlmTask.fromJson(taskName).orElseThrow(() -> new IllegalStateException(
                    "careergpt.llm.prompts.pinned names an unknown task: " + taskName));
            selected.put(task, catalog.find(task, version).orElseThrow(() -> new IllegalStateException(
                    "careergpt.llm.prompts.pinned." + taskName + "=" + version + ", but no such template version exists "
                            + "(have " + catalog.versions(task).stream().map(PromptTemplate::version).toList() + ")")));
        });
        for (LlmTask task : LlmTask.values()) {
            if (!selected.containsKey(task)) {
                selected.put(task, catalog.newest(task).orElseThrow(() -> new IllegalStateException(
                        "No prompt template for task " + task.json() + " under llm/prompts/" + task.json() + "/")));
            }
        }
    }

    public PromptTemplate template(LlmTask task) {
        return selected.get(task);
    }

    /**
     * @throws ProblemException 400 naming the first input the task needs but did not get (e.g. {@code text})
     */
    public RenderedPrompt render(LlmTask task, JsonNode inputs) {
        PromptTemplate template = template(task);
        requireInputs(template, inputs);
        return new RenderedPrompt(template.version(), PromptRenderer.render(template.system(), inputs),
                PromptRenderer.render(template.user(), inputs), template.outputSchema());
    }

    private static void requireInputs(PromptTemplate template, JsonNode inputs) {
        for (String requirement : template.requires()) {
            String[] alternatives = requirement.split("\\|");
            boolean met = false;
            for (String path : alternatives) {
                met |= PromptRenderer.present(PromptRenderer.at(inputs, path));
            }
            if (!met) {
                throw new ProblemException(ProblemType.MISSING_INPUT, template.task().json() + " needs " + String.join(" or ", alternatives) + ".")
                        .with("field", alternatives[0]);
            }
        }
    }
}
