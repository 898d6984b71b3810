package com.careergpt.common.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of a CareerGPT service leaves as {@code application/problem+json}. */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException ex, HttpServletRequest request) {
        ProblemDetail problem = ex.toProblemDetail();
        request.setAttribute(RequestFailure.ATTRIBUTE, new RequestFailure(typeOf(problem), problem.getDetail(), ex));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
        if (ex.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(ProblemException.retryAfterSeconds(ex.retryAfter())));
        }
        return response.body(problem);
    }

    private static String typeOf(ProblemDetail problem) {
        if (problem.getType() == null) {
            return null;
        }
        String type = problem.getType().toString();
        return type.startsWith(ProblemException.TYPE_BASE) ? type.substring(ProblemException.TYPE_BASE.length()) : type;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = new ProblemException(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                errors.isEmpty() ? "The request is not valid."
                        : errors.get(0).get("field") + ": " + errors.get(0).get("message"))
                .toProblemDetail();
        if (!errors.isEmpty()) {
            problem.setProperty("field", errors.get(0).get("field"));
        }
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Framework errors (unreadable body, wrong media type, ...) leave their problem for the request log too. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            request.setAttribute(RequestFailure.ATTRIBUTE, new RequestFailure(typeOf(problem), problem.getDetail(), null),
                    RequestAttributes.SCOPE_REQUEST);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error", ex);
        request.setAttribute(RequestFailure.ATTRIBUTE, new RequestFailure(null, ex.toString(), ex));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "An unexpected error occurred; it has been logged.");
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }
}
