package com.careergpt.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;

/** The shared secret careergpt-service sends as {@code X-Internal-Token}, compared in constant time. */
@Component
public class ServiceToken {

    public static final String HEADER = "X-Internal-Token";

    private final byte[] expected;

    ServiceToken(InternalApiProperties properties) {
        this.expected = properties.serviceToken().getBytes(StandardCharsets.UTF_8);
    }

    public boolean isPresentedBy(HttpServletRequest request) {
        String presented = request.getHeader(HEADER);
        return presented != null && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }
}
