package com.careergpt.common.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Why a request failed, left on the request by {@link ProblemHandler} for the filters around it (request log,
 * error reports): the problem type (the last segment of its URI, or null for an unexpected exception), the detail
 * shown to the caller, and the exception behind it.
 */
public record RequestFailure(String problemType, String detail, Throwable exception) {

    public static final String ATTRIBUTE = RequestFailure.class.getName();

    public static RequestFailure of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof RequestFailure failure ? failure : null;
    }
}
