package com.careergpt.service.llm.ledger;

import java.util.Locale;
import java.util.Optional;

/** What a spend report adds up by. The SQL expressions are fixed here, never taken from a request. */
public enum SpendGrouping {
    USER("COALESCE(user_id, '(none)')"),
    MODEL("provider || ':' || COALESCE(model, '')"),
    DAY("day");

    private final String expression;

    SpendGrouping(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }

    public static Optional<SpendGrouping> fromJson(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        }
        catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
