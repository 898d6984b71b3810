package com.careergpt.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem type a request body (or query object) answers when it fails validation or cannot be read, where an
 * endpoint has its own (e.g. {@code invalid-route}); without it a body answers {@link ProblemType#INVALID_REQUEST} and
 * a query object {@link ProblemType#INVALID_PARAMETER}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemWhenInvalid {

    ProblemType value();
}
