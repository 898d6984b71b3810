package com.careergpt.service.scraping;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of contract. Serialized in lower case as in the fixtures. */
public enum EmploymentType implements JsonNamed {
    FULL_TIME("full_time"),
    PART_TIME("part_time"),
    CONTRACT("contract"),
    TEMPORARY("temporary"),
    INTERNSHIP("internship");

    private final String json;

    EmploymentType(String json) {
        this.json = json;
    }

    @Override
    @JsonValue
    public String json() {
        return json;
    }

    /** The constant whose JSON name is {@code value}, ignoring case and dashes. */
    public static Optional<EmploymentType> fromJson(String value) {
        return JsonNamed.lookup(values(), value);
    }
}
