package com.careergpt.service.mcp;

import static com.careergpt.common.web.ProblemException.badParameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Tool arguments checked as the REST API checks its query parameters: a bad one is a 400 problem naming it. */
final class ToolInputs {

    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;

    private ToolInputs() {
    }

    static int page(Integer page) {
        int value = page == null ? 0 : page;
        if (value < 0) {
            throw badParameter("page", "page must be 0 or more.");
        }
        return value;
    }

    static int size(Integer size) {
        int value = size == null ? DEFAULT_PAGE_SIZE : size;
        if (value < 1 || value > MAX_PAGE_SIZE) {
            throw badParameter("size", "size must be between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return value;
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
