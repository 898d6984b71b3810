package com.careergpt.service.scraping.fetch;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How to fetch a page: {@code static} HTTP, a real {@code browser}, or {@code auto} (static, browser if no job). */
public enum RenderMode {
    AUTO, STATIC, BROWSER;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RenderMode fromJson(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
