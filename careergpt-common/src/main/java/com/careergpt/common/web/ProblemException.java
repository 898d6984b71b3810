package com.careergpt.common.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure a client can act on, rendered as {@code application/problem+json} (RFC 9457) by {@link ProblemHandler}.
 * Its type, status and title come from the {@link ProblemType} catalog; the detail is written for the reader.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.type = type;
    }

    /** A 400 {@code invalid-parameter} problem naming the request parameter at fault. */
    public static ProblemException badParameter(String field, String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail).with("field", field);
    }

    /** A 400 {@code invalid-request} problem naming the field of the request body at fault. */
    public static ProblemException invalidRequest(String field, String detail) {
        return new ProblemException(ProblemType.INVALID_REQUEST, detail).with("field", field);
    }

    public ProblemException with(String property, Object value) {
        properties.put(property, value);
        return this;
    }

    public ProblemException retryAfter(Duration wait) {
        this.retryAfter = wait;
        with("retryAfterSeconds", retryAfterSeconds(wait));
        return this;
    }

    /** The problem type's last segment, e.g. {@code rate-limited}: one of a fixed set, fit for a metric tag. */
    public String type() {
        return type.slug();
    }

    public ProblemType problemType() {
        return type;
    }

    public HttpStatus status() {
        return type.status();
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), getMessage());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** Whole seconds, rounded up, at least 1: what a Retry-After header carries. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
