package com.careergpt.common.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a value of a Java type looks like, said for a person: "a date like 2026-01-31", never the class name. */
final class ExpectedValues {

    private ExpectedValues() {
    }

    /** "from must be a date like 2026-01-31." */
    static String mustBe(String field, Class<?> type) {
        return field + " must be " + describe(type) + ".";
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another kind";
        }
        if (type == LocalDate.class) {
            return "a date like 2026-01-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a time like 2026-01-31T10:15:30Z";
        }
        if (type == Duration.class) {
            return "a duration like PT5M";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "an id like 3f2b8c1e-5d4a-4f7e-9a61-0c2d7e8b9f10";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "a JSON object";
    }
}
