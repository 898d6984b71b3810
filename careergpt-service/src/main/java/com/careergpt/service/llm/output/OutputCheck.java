package com.careergpt.service.llm.output;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** A provider's answer after cleaning and validation: the output, or why it is not acceptable. */
public record OutputCheck(JsonNode output, List<String> errors) {

    public OutputCheck {
        errors = List.copyOf(errors);
    }

    static OutputCheck valid(JsonNode output) {
        return new OutputCheck(output, List.of());
    }

    static OutputCheck invalid(List<String> errors) {
        return new OutputCheck(null, errors);
    }

    public boolean ok() {
        return output != null;
    }
}
