package com.careergpt.service.analytics.market;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gives each distinct value a small integer code, in order of first appearance; null has {@link #NONE}. */
final class Codes<T> {

    static final int NONE = -1;

    private final Map<T, Integer> codes = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    /** The value's code, a new one if it has none yet. */
    int code(T value) {
        if (value == null) {
            return NONE;
        }
        return codes.computeIfAbsent(value, added -> {
            values.add(added);
            return values.size() - 1;
        });
    }

    /** The value's code, or {@link #NONE} when it has none. */
    int find(T value) {
        return value == null ? NONE : codes.getOrDefault(value, NONE);
    }

    T value(int code) {
        return values.get(code);
    }

    int size() {
        return values.size();
    }
}
