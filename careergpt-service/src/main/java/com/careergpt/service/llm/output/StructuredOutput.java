package com.careergpt.service.llm.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.careergpt.service.llm.RenderedPrompt;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The router's side of the structured-output ladder. Providers ask their model for JSON in the schema's native
 * mode; this class then parses the answer (cleaning it when it does not parse as it is), validates it against the
 * task's JSON schema (draft 2020-12, networknt), and writes the one repair prompt when it still fails. Prose
 * tasks (no schema) are wrapped as {@code {"text": ...}}.
 */
public class StructuredOutput {

    private static final int MAX_ERRORS = 10;
    private static final int MAX_ECHOED_ANSWER = 6_000;

    private final JsonMapper json;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<JsonNode, Schema> schemas = new ConcurrentHashMap<>();

    public StructuredOutput(JsonMapper json) {
        this.json = json;
    }

    public OutputCheck check(RenderedPrompt prompt, String raw) {
        if (raw == null || raw.isBlank()) {
            return OutputCheck.invalid(List.of("the answer is empty"));
        }
        if (prompt.outputSchema() == null) {
            return prose(raw);
        }
        JsonNode parsed = parse(raw);
        if (parsed == null) {
            parsed = parse(JsonOutputCleaner.clean(raw));
        }
        if (parsed == null || !parsed.isObject()) {
            return OutputCheck.invalid(List.of("the answer is not a JSON object"));
        }
        List<String> errors = validate(prompt.outputSchema(), parsed);
        return errors.isEmpty() ? OutputCheck.valid(parsed) : OutputCheck.invalid(errors);
    }

    /** Schema violations of {@code instance}, as {@code $.path: message} lines; empty when it is valid. */
    public List<String> validate(JsonNode schema, JsonNode instance) {
        List<String> errors = new ArrayList<>();
        for (Error error : schemas.computeIfAbsent(schema, registry::getSchema).validate(instance)) {
            if (errors.size() == MAX_ERRORS) {
                break;
            }
            errors.add(jsonPath(String.valueOf(error.getInstanceLocation())) + ": " + error.getMessage());
        }
        return errors;
    }

    /** {@code /salary/min} -> {@code $.salary.min}: the notation models know best. */
    private static String jsonPath(String pointer) {
        return pointer.startsWith("/") ? "$" + pointer.replace('/', '.') : pointer.isEmpty() ? "$" : pointer;
    }

    /** The prompt for the one repair attempt: the original request, the rejected answer and what was wrong. */
    public RenderedPrompt repairPrompt(RenderedPrompt original, String rejected, List<String> errors) {
        String echoed = rejected == null ? "" : rejected.length() > MAX_ECHOED_ANSWER
                ? rejected.substring(0, MAX_ECHOED_ANSWER) + "..." : rejected;
        String what = original.outputSchema() == null ? "the answer text alone"
                : "only one JSON object that matches the schema, with no code fences and no other text";
        String user = original.user() + "\n\n"
                + "Your previous answer could not be used. It is between <previous_answer> tags:\n"
                + "<previous_answer>\n" + echoed + "\n</previous_answer>\n"
                + "Problems found:\n- " + String.join("\n- ", errors) + "\n\n"
                + "Answer again with " + what + ".";
        return new RenderedPrompt(original.promptVersion(), original.system(), user, original.outputSchema());
    }

    private OutputCheck prose(String raw) {
        String text = JsonOutputCleaner.withoutReasoning(raw);
        if (text.startsWith("```")) {
            text = JsonOutputCleaner.unfenced(text);
        }
        if (text.isBlank()) {
            return OutputCheck.invalid(List.of("the answer is empty"));
        }
        ObjectNode output = JsonNodeFactory.instance.objectNode();
        output.put("text", text);
        return OutputCheck.valid(output);
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        }
        catch (JacksonException notJson) {
            return null;
        }
    }
}
