package com.careergpt.common.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Broken constraints as the problem a client reads: the field at fault by its path in the request, a sentence. */
public final class ConstraintProblems {

    private ConstraintProblems() {
    }

    /**
     * The first violation (by path, so the answer does not change from call to call) in {@code field} and the
     * {@code detail}, every one in {@code errors}, as a problem of the type its request declares with
     * {@link ProblemWhenInvalid}, else {@code invalid-request}: the shape of a refused request body or query object.
     */
    public static ProblemException of(ConstraintViolationException ex) {
        List<ConstraintViolation<?>> violations = ex.getConstraintViolations().stream()
                .sorted(Comparator.comparing(violation -> path(violation.getPropertyPath()))).toList();
        if (violations.isEmpty()) {
            return new ProblemException(ProblemType.INVALID_REQUEST, "The request is not valid.");
        }
        ConstraintViolation<?> first = violations.get(0);
        String field = path(first.getPropertyPath());
        Object request = request(first);
        ProblemWhenInvalid declared = request == null ? null : request.getClass().getAnnotation(ProblemWhenInvalid.class);
        ProblemType type = declared == null ? ProblemType.INVALID_REQUEST : declared.value();
        return new ProblemException(type, sentence(field, first.getMessage())).with("field", field)
                .with("errors", violations.stream().map(each -> {
                    String path = path(each.getPropertyPath());
                    return Map.of("field", path, "message", sentence(path, each.getMessage()));
                }).toList());
    }

    /** The request object the violation is in: the argument of a validated method, else the bean validated. */
    private static Object request(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER && violation.getExecutableParameters() != null) {
                return violation.getExecutableParameters()[node.as(Path.ParameterNode.class).getParameterIndex()];
            }
        }
        return violation.getRootBean();
    }

    /**
     * A message built from what a client sent, for {@code buildConstraintViolationWithTemplate}: escaped, so no part
     * of it is read as a message parameter or expression.
     */
    public static String literal(String message) {
        return message.replaceAll("([\\\\{}$#])", "\\\\$1");
    }

    /**
     * A constraint's message as a sentence: messages written for this project are whole sentences ("Give between 1
     * and 20 URLs."); the standard ones ("must not be blank") get the field in front.
     */
    static String sentence(String field, String message) {
        if (message == null || message.isBlank()) {
            return field + " is not valid.";
        }
        String sentence = Character.isUpperCase(message.charAt(0)) || message.startsWith(field + " ") ? message
                : field + " " + message;
        return sentence.endsWith(".") ? sentence : sentence + ".";
    }

    /** {@code route[0].provider}: the nodes inside the request, without the method and parameter of a call. */
    private static String path(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getKind() != ElementKind.BEAN
                    && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
