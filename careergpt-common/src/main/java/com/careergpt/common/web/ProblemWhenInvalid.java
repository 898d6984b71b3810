package com.careergpt.common.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem type a request body answers when it fails validation or cannot be read, where an endpoint has its own
 * (e.g. {@code invalid-route}); without it a body answers {@link ProblemType#INVALID_REQUEST}.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemWhenInvalid {

    ProblemType value();
}
