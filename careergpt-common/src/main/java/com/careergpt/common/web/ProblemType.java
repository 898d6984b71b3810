package com.careergpt.common.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Every problem type a CareerGPT service answers, with its status and title: one list, documented in
 * {@code docs/problems.md}. The slug is public interface (clients and metrics read it), so none is ever renamed; each
 * slug has one title (RFC 9457), so one constant.
 */
public enum ProblemType {

    // Requests the service cannot take as sent
    INVALID_REQUEST("invalid-request", HttpStatus.BAD_REQUEST, "Invalid request"),
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter"),
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Malformed request body"),
    REQUEST_REJECTED("request-rejected", HttpStatus.BAD_REQUEST, "Request rejected"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    BODY_TOO_LARGE("body-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),

    // Who is calling
    IDENTITY_REQUIRED("identity-required", HttpStatus.UNAUTHORIZED, "Identity required"),
    EMAIL_REQUIRED("email-required", HttpStatus.UNAUTHORIZED, "Email required"),
    SIGN_IN_REQUIRED("sign-in-required", HttpStatus.UNAUTHORIZED, "Sign-in required"),
    TOKEN_REQUIRED("token-required", HttpStatus.UNAUTHORIZED, "Token required"),
    INVALID_TOKEN("invalid-token", HttpStatus.UNAUTHORIZED, "Invalid token"),
    INVALID_REFRESH_TOKEN("invalid-refresh-token", HttpStatus.UNAUTHORIZED, "Invalid refresh token"),
    INVALID_SIGNATURE("invalid-signature", HttpStatus.UNAUTHORIZED, "Invalid signature"),
    ADMIN_REQUIRED("admin-required", HttpStatus.FORBIDDEN, "Admin role required"),
    INTERNAL_TOKEN_REQUIRED("internal-token-required", HttpStatus.FORBIDDEN, "Service token required"),

    // Limits
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    TOO_MANY_SESSIONS("too-many-sessions", HttpStatus.TOO_MANY_REQUESTS, "Too many MCP sessions"),
    SERVER_BUSY("server-busy", HttpStatus.SERVICE_UNAVAILABLE, "Server busy"),
    STREAMS_BUSY("streams-busy", HttpStatus.SERVICE_UNAVAILABLE, "Too many streams"),

    // Guests, email addresses and verification codes (identity-service, also relayed by the gateway)
    UNKNOWN_IDENTITY("unknown-identity", HttpStatus.NOT_FOUND, "Unknown identity"),
    UNKNOWN_USER("unknown-user", HttpStatus.NOT_FOUND, "Unknown user"),
    UNKNOWN_CLAIM("unknown-claim", HttpStatus.NOT_FOUND, "Unknown claim"),
    NOT_A_GUEST("not-a-guest", HttpStatus.CONFLICT, "Not a guest"),
    FREE_ACTION_USED("free-action-used", HttpStatus.CONFLICT, "Free action used"),
    ILLEGAL_TRANSITION("illegal-transition", HttpStatus.CONFLICT, "Illegal state transition"),
    EMAIL_MISSING("email-missing", HttpStatus.CONFLICT, "No email address yet"),
    EMAIL_CHANGE_NOT_SUPPORTED("email-change-not-supported", HttpStatus.CONFLICT, "Email change not supported"),
    WRONG_CODE("wrong-code", HttpStatus.BAD_REQUEST, "Wrong code"),
    NO_ACTIVE_CODE("no-active-code", HttpStatus.GONE, "No code to check"),
    CODE_LOCKED("code-locked", HttpStatus.GONE, "Code locked"),
    CODE_EXPIRED("code-expired", HttpStatus.GONE, "Code expired"),
    RESEND_COOLDOWN("resend-cooldown", HttpStatus.TOO_MANY_REQUESTS, "Please wait before resending"),
    CODE_LIMIT_REACHED("code-limit-reached", HttpStatus.TOO_MANY_REQUESTS, "Too many codes"),
    ADDRESS_LIMIT_REACHED("address-limit-reached", HttpStatus.TOO_MANY_REQUESTS, "Too many addresses"),
    TOO_MANY_FAILURES("too-many-failures", HttpStatus.TOO_MANY_REQUESTS, "Too many wrong codes"),
    CODE_DELIVERY_FAILED("code-delivery-failed", HttpStatus.SERVICE_UNAVAILABLE, "Code could not be sent"),
    IDENTITY_UNAVAILABLE("identity-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Identity service unavailable"),

    // Jobs, collections, sources and webhooks
    JOB_NOT_FOUND("job-not-found", HttpStatus.NOT_FOUND, "Job not found"),
    INVALID_COLLECT_REQUEST("invalid-collect-request", HttpStatus.BAD_REQUEST, "Invalid collect request"),
    COLLECTION_NOT_FOUND("collection-not-found", HttpStatus.NOT_FOUND, "Collection not found"),
    SOURCE_NOT_FOUND("source-not-found", HttpStatus.NOT_FOUND, "Source not found"),
    WEBHOOK_NOT_FOUND("webhook-not-found", HttpStatus.NOT_FOUND, "Webhook not found"),
    HOOK_REPLAYED("hook-replayed", HttpStatus.CONFLICT, "Hook already received"),

    // Resumes and results
    RESUME_NOT_FOUND("resume-not-found", HttpStatus.NOT_FOUND, "Resume not found"),
    RESUME_EMPTY("resume-empty", HttpStatus.BAD_REQUEST, "Resume not readable"),
    RESUME_TOO_LARGE("resume-too-large", HttpStatus.CONTENT_TOO_LARGE, "Resume not readable"),
    RESUME_UNSUPPORTED_TYPE("resume-unsupported-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Resume not readable"),
    RESUME_CORRUPT("resume-corrupt", HttpStatus.UNPROCESSABLE_CONTENT, "Resume not readable"),
    RESUME_ENCRYPTED("resume-encrypted", HttpStatus.UNPROCESSABLE_CONTENT, "Resume not readable"),
    RESUME_NO_TEXT("resume-no-text", HttpStatus.UNPROCESSABLE_CONTENT, "Resume not readable"),
    RESULT_NOT_FOUND("result-not-found", HttpStatus.NOT_FOUND, "Result not found"),

    // Models and analyses
    MISSING_INPUT("missing-input", HttpStatus.BAD_REQUEST, "Missing input"),
    INVALID_ROUTE("invalid-route", HttpStatus.BAD_REQUEST, "Invalid route"),
    ROUTE_NOT_FOUND("route-not-found", HttpStatus.NOT_FOUND, "Route not found"),
    LLM_UNAVAILABLE("llm-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "No model could answer"),
    LLM_REQUEST_REFUSED("llm-request-refused", HttpStatus.BAD_GATEWAY, "Model refused our request"),

    // MCP
    SESSION_NOT_FOUND("session-not-found", HttpStatus.NOT_FOUND, "Session not found"),

    // The server's side
    REQUEST_TIMED_OUT("request-timed-out", HttpStatus.SERVICE_UNAVAILABLE, "Request timed out"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    /** What every type URI starts with; the slug follows. */
    public static final String BASE = "https://careergpt.dev/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    /** The type URI's last segment, e.g. {@code rate-limited}: one of a fixed set, fit for a metric tag. */
    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The distinct slugs, in catalog order: what {@code docs/problems.md} lists. */
    public static List<String> slugs() {
        return Arrays.stream(values()).map(ProblemType::slug).distinct().toList();
    }

    /** The type of a framework error that carries only a status (an unknown path, a method not allowed, ...). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> REQUEST_TIMED_OUT;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_REJECTED;
        };
    }
}
