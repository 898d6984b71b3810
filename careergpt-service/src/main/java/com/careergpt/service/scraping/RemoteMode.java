package com.careergpt.service.scraping;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much of the work is remote. Serialized in lower case as in the fixtures. */
public enum RemoteMode {
    REMOTE("remote"),
    HYBRID("hybrid"),
    ONSITE("onsite");

    private final String json;

    RemoteMode(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** The constant whose JSON name or constant name is {@code value}, ignoring case. */
    public static Optional<RemoteMode> fromJson(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (RemoteMode constant : values()) {
            if (constant.json.equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
