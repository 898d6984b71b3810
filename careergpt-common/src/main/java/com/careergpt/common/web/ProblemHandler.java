package com.careergpt.common.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of a CareerGPT service leaves as {@code application/problem+json} with a type of the
 * {@link ProblemType} catalog and a detail written for people: the field at fault is named in {@code field}, and no
 * parser message or Java class name reaches the client.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException ex, HttpServletRequest request) {
        ProblemDetail problem = ex.toProblemDetail();
        request.setAttribute(RequestFailure.ATTRIBUTE, new RequestFailure(ex.type(), problem.getDetail(), ex));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
        if (ex.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(ProblemException.retryAfterSeconds(ex.retryAfter())));
        }
        return response.body(problem);
    }

    /**
     * A {@code @Valid} request body (or query object) with a constraint broken: the first field at fault in
     * {@code field}, every one in {@code errors}.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return answer(ex, fieldProblem(ex.getParameter(), ex.getBindingResult()), headers, request);
    }

    /**
     * A {@code @Valid} query object of a method with constrained parameters, as {@link #fieldProblem}; else
     * constrained controller parameters ({@code @Max(50) @RequestParam int limit}) out of their bounds: the first by
     * name in {@code field}, every one in {@code errors}.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                return answer(ex, fieldProblem(result.getMethodParameter(), errors), headers, request);
            }
        }
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> {
                    String field = parameterName(result.getMethodParameter());
                    return Map.of("field", field, "message", ConstraintProblems.sentence(field, error.getDefaultMessage()));
                }))
                .sorted(Comparator.comparing(error -> error.get("field"))).toList();
        ProblemException problem = errors.isEmpty()
                ? new ProblemException(ProblemType.INVALID_PARAMETER, "The request is not valid.")
                : ProblemException.badParameter(errors.get(0).get("field"), errors.get(0).get("message"))
                        .with("errors", errors);
        return answer(ex, problem, headers, request);
    }

    /** A constraint of a {@code @Validated} bean's method ({@code @Valid} request of a service), by its path. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex,
            HttpServletRequest request) {
        return handleProblem(ConstraintProblems.of(ex), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        ProblemException problem = ProblemException.badParameter(field, ExpectedValues.mustBe(field, ex.getRequiredType()));
        return answer(ex, problem, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemException problem = ProblemException.badParameter(ex.getParameterName(),
                "The " + ex.getParameterName() + " parameter is required.");
        return answer(ex, problem, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemException problem = ProblemException.invalidRequest(ex.getRequestPartName(),
                "Send the multipart part named " + ex.getRequestPartName() + ".");
        return answer(ex, problem, headers, request);
    }

    /** A body that is not JSON, or JSON with a value of the wrong kind: said without the parser's own words. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemException problem;
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            problem = new ProblemException(typeWhenInvalid(bodyType(request)),
                    ExpectedValues.mustBe(field, mismatch.getTargetType())).with("field", field);
        }
        else if (ex.getCause() instanceof StreamReadException syntax && syntax.getLocation() != null) {
            problem = new ProblemException(ProblemType.MALFORMED_BODY, "The request body is not valid JSON (line "
                    + syntax.getLocation().getLineNr() + ", column " + syntax.getLocation().getColumnNr() + ").");
        }
        else if (ex.getCause() instanceof JacksonException) {
            problem = new ProblemException(ProblemType.MALFORMED_BODY, "The request body is not the JSON object "
                    + "this endpoint takes.");
        }
        else {
            problem = new ProblemException(ProblemType.MALFORMED_BODY, "The request body is missing or unreadable: "
                    + "send a JSON object.");
        }
        return answer(ex, problem, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemException problem = new ProblemException(ProblemType.NOT_FOUND,
                "Nothing answers " + ex.getHttpMethod() + " /" + ex.getResourcePath() + ".");
        return answer(ex, problem, headers, request);
    }

    /**
     * Every framework error leaves with a catalog type (by its status, where no handler above chose one) and its
     * problem for the request log too.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                ProblemType type = ProblemType.forStatus(statusCode.value());
                problem.setType(type.uri());
                problem.setTitle(type.title());
            }
            request.setAttribute(RequestFailure.ATTRIBUTE, new RequestFailure(slugOf(problem), problem.getDetail(), null),
                    RequestAttributes.SCOPE_REQUEST);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected error", ex);
        request.setAttribute(RequestFailure.ATTRIBUTE, new RequestFailure(null, ex.toString(), ex));
        return ResponseEntity.internalServerError().body(new ProblemException(ProblemType.INTERNAL_ERROR,
                "An unexpected error occurred; it has been logged.").toProblemDetail());
    }

    /** A framework error answered as the problem given, with that problem's status. */
    private ResponseEntity<Object> answer(Exception ex, ProblemException problem, HttpHeaders headers,
            WebRequest request) {
        return handleExceptionInternal(ex, problem.toProblemDetail(), headers, problem.status(), request);
    }

    /**
     * The first field at fault (by name, so the answer does not change from call to call) in {@code field}, every
     * one in {@code errors}; a body answers {@code invalid-request}, a query object {@code invalid-parameter}, unless
     * it declares its own type.
     */
    private static ProblemException fieldProblem(MethodParameter parameter, Errors errors) {
        ProblemType type = typeWhenInvalid(parameter.getParameterType(),
                parameter.hasParameterAnnotation(RequestBody.class) ? ProblemType.INVALID_REQUEST
                        : ProblemType.INVALID_PARAMETER);
        FieldError first = errors.getFieldErrors().stream().min(Comparator.comparing(FieldError::getField))
                .orElse(null);
        ProblemException problem = first == null ? new ProblemException(type, "The request is not valid.")
                : new ProblemException(type, fieldDetail(first, errors.getFieldType(first.getField())))
                        .with("field", first.getField());
        return problem.with("errors", errors.getFieldErrors().stream()
                .map(each -> Map.of("field", each.getField(),
                        "message", fieldDetail(each, errors.getFieldType(each.getField()))))
                .toList());
    }

    private static String slugOf(ProblemDetail problem) {
        String type = problem.getType().toString();
        return type.startsWith(ProblemType.BASE) ? type.substring(ProblemType.BASE.length()) : type;
    }

    private static String fieldDetail(FieldError error, Class<?> fieldType) {
        return error.isBindingFailure() ? ExpectedValues.mustBe(error.getField(), fieldType)
                : ConstraintProblems.sentence(error.getField(), error.getDefaultMessage());
    }

    private static ProblemType typeWhenInvalid(Class<?> requestType) {
        return typeWhenInvalid(requestType, ProblemType.INVALID_REQUEST);
    }

    private static ProblemType typeWhenInvalid(Class<?> requestType, ProblemType otherwise) {
        ProblemWhenInvalid declared = requestType == null ? null : requestType.getAnnotation(ProblemWhenInvalid.class);
        return declared == null ? otherwise : declared.value();
    }

    private static Class<?> bodyType(WebRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST) instanceof HandlerMethod handler) {
            return Arrays.stream(handler.getMethodParameters())
                    .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                    .<Class<?>>map(MethodParameter::getParameterType).findFirst().orElse(null);
        }
        return null;
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (variable != null && !variable.name().isEmpty()) {
            return variable.name();
        }
        return parameter.getParameterName();
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
            else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

}
