package com.careergpt.common.web;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure a client can act on, rendered as {@code application/problem+json} (RFC 9457) by {@link ProblemHandler}.
 */
public class ProblemException extends RuntimeException {

    public static final String TYPE_BASE = "https://careergpt.dev/problems/";

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private Duration retryAfter;

    public ProblemException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** A 400 {@code invalid-parameter} problem naming the request parameter at fault. */
    public static ProblemException badParameter(String field, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter", detail)
                .with("field", field);
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
        return type;
    }

    public HttpStatus status() {
        return status;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** Whole seconds, rounded up, at least 1: what a Retry-After header carries. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
