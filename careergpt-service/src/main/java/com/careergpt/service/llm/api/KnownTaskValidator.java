package com.careergpt.service.llm.api;

import java.util.Arrays;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import com.careergpt.common.web.ConstraintProblems;
import com.careergpt.service.llm.LlmTask;

/** Checks {@link KnownTask}: a missing name and an unknown one each say which tasks there are. */
class KnownTaskValidator implements ConstraintValidator<KnownTask, String> {

    @Override
    public boolean isValid(String name, ConstraintValidatorContext context) {
        if (name != null && !name.isBlank() && LlmTask.fromJson(name).isPresent()) {
            return true;
        }
        String message = name == null || name.isBlank() ? "Name the task: one of " + taskNames() + "."
                : "Unknown task '" + name + "'; use one of " + taskNames() + ".";
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(ConstraintProblems.literal(message)).addConstraintViolation();
        return false;
    }

    static String taskNames() {
        return String.join(", ", Arrays.stream(LlmTask.values()).map(LlmTask::json).toList());
    }
}
