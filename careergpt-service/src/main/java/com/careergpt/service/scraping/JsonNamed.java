package com.careergpt.service.scraping;

import java.util.Locale;
import java.util.Optional;

/** An enum written in JSON by a lower-case name ({@code full_time}, {@code hybrid}); read back ignoring case and dashes. */
public interface JsonNamed {

    String json();

    static <E extends Enum<E> & JsonNamed> Optional<E> lookup(E[] constants, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        for (E constant : constants) {
            if (constant.json().equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
