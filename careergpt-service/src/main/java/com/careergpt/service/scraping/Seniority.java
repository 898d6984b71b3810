package com.careergpt.service.scraping;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The level a post asks for. Serialized in lower case as in the fixtures. */
public enum Seniority {
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

    @JsonValue
    public String json() {
        return json;
    }

    /** The constant whose JSON name or constant name is {@code value}, ignoring case. */
    public static Optional<Seniority> fromJson(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (Seniority constant : values()) {
            if (constant.json.equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
