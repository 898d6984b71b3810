package com.careergpt.service.scraping;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The period a salary figure is paid for. Serialized in lower case as in the fixtures. */
public enum SalaryPeriod implements JsonNamed {
    HOUR("hour"),
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    YEAR("year");

    private final String json;

    SalaryPeriod(String json) {
        this.json = json;
    }

    @Override
    @JsonValue
    public String json() {
        return json;
    }

    /** The constant whose JSON name is {@code value}, ignoring case and dashes. */
    public static Optional<SalaryPeriod> fromJson(String value) {
        return JsonNamed.lookup(values(), value);
    }
}
