package com.careergpt.service.scraping;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The level a post asks for. Serialized in lower case as in the fixtures. */
public enum Seniority implements JsonNamed {
    INTERN("intern"),
    JUNIOR("junior"),
    MID("mid"),
    SENIOR("senior"),
    LEAD("lead"),
    PRINCIPAL("principal"),
    EXECUTIVE("executive");

    private final String json;

    Seniority(String json) {
        this.json = json;
    }

    @Override
    @JsonValue
    public String json() {
        return json;
    }

    /** The constant whose JSON name is {@code value}, ignoring case and dashes. */
    public static Optional<Seniority> fromJson(String value) {
        return JsonNamed.lookup(values(), value);
    }
}
