package com.careergpt.common.jwt;

/** A configured JWT secret is missing, malformed or too short; the service must not start with it. */
public class WeakJwtSecretException extends IllegalStateException {

    public WeakJwtSecretException(String message) {
        super(message);
    }
}
