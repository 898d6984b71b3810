package com.careergpt.service.scraping;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The period a salary figure is paid for. Serialized in lower case as in the fixtures. */
public enum SalaryPeriod {
    HOUR("hour"),
    DAY("day"),
    WEEK("week"),
    MONTH("month"),
    YEAR("year");

    private final String json;

    SalaryPeriod(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** The constant whose JSON name or constant name is {@code value}, ignoring case. */
    public static Optional<SalaryPeriod> fromJson(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (SalaryPeriod constant : values()) {
            if (constant.json.equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
