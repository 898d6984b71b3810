package com.careergpt.service.llm.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import tools.jackson.databind.JsonNode;

/** Checks {@link AnalysisInput} against {@link AnalyzeProperties#maxInputChars()}. */
class AnalysisInputValidator implements ConstraintValidator<AnalysisInput, Object> {

    private final AnalyzeProperties properties;

    AnalysisInputValidator(AnalyzeProperties properties) {
        this.properties = properties;
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null || value instanceof JsonNode node && node.isNull()) {
            return true;
        }
        if (value instanceof JsonNode node && !node.isObject()) {
            return refuse(context, "must be a JSON object");
        }
        int length = value instanceof JsonNode node ? node.toString().length() : value.toString().length();
        return length <= properties.maxInputChars()
                || refuse(context, "is longer than " + properties.maxInputChars() + " characters");
    }

    private static boolean refuse(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
