package com.careergpt.common.jwt;

/** The bearer token is not a valid CareerGPT access token; the message says why, without secrets. */
public class InvalidAccessTokenException extends RuntimeException {

    public InvalidAccessTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
