package com.careergpt.service.scraping;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of contract. Serialized in lower case as in the fixtures. */
public enum EmploymentType {
    FULL_TIME("full_time"),
    PART_TIME("part_time"),
    CONTRACT("contract"),
    TEMPORARY("temporary"),
    INTERNSHIP("internship");

    private final String json;

    EmploymentType(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** The constant whose JSON name or constant name is {@code value}, ignoring case. */
    public static Optional<EmploymentType> fromJson(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (EmploymentType constant : values()) {
            if (constant.json.equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
