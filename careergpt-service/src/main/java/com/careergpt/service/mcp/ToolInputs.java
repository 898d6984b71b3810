package com.careergpt.service.mcp;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Tool arguments checked as the REST API checks its query parameters: a bad one is a 400 problem naming it. */
final class ToolInputs {

    private ToolInputs() {
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        }
        catch (DateTimeParseException notADate) {
            throw badParameter(field, field + " must be a day as yyyy-MM-dd.");
        }
    }

    static BigDecimal amount(Double value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw badParameter(field, "Give " + field + ".");
        }
        return value.strip();
    }
}
