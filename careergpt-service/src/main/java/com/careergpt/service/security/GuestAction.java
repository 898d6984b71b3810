package com.careergpt.service.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that runs an agent (an "action"). Verified users pass subject to their rate limit; a guest
 * spends its one free action on it (given back if the action fails on the server's side); nobody else passes.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface GuestAction {

    /** Request attribute set (to {@code Boolean.TRUE}) once the gate admitted the request as an action. */
    String ADMITTED_ATTRIBUTE = "com.careergpt.service.security.GuestAction.admitted";
}
