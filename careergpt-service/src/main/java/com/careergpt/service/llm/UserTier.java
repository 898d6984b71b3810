package com.careergpt.service.llm;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who is asking, as routing rules see it: a guest on a free action, a verified user, or a member. */
public enum UserTier {
    GUEST,
    VERIFIED,
    MEMBER;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UserTier> fromJson(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
