package com.careergpt.service.scraping;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** How much of the work is remote. Serialized in lower case as in the fixtures. */
public enum RemoteMode implements JsonNamed {
    REMOTE("remote"),
    HYBRID("hybrid"),
    ONSITE("onsite");

    private final String json;

    RemoteMode(String json) {
        this.json = json;
    }

    @Override
    @JsonValue
    public String json() {
        return json;
    }

    /** The constant whose JSON name is {@code value}, ignoring case and dashes. */
    public static Optional<RemoteMode> fromJson(String value) {
        return JsonNamed.lookup(values(), value);
    }
}
