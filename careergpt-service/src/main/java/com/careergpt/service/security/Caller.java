package com.careergpt.service.security;

import org.slf4j.MDC;

import com.careergpt.common.jwt.AccessTokenClaims;
import com.careergpt.common.web.RequestIdFilter;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who sent a request: a verified user (valid bearer token), a guest (only the {@code identity_id} cookie) or nobody.
 * A guest's user id is known once identity-service has been asked (by the action gate or for a read).
 */
public record Caller(Kind kind, String userId, String state, String role, String identityCookie) {

    public enum Kind { VERIFIED, GUEST, ANONYMOUS }

    static final String ATTRIBUTE = Caller.class.getName();

    static Caller verified(AccessTokenClaims claims) {
        return new Caller(Kind.VERIFIED, claims.subject(), claims.state(), claims.role(), null);
    }

    static Caller guest(String identityCookie) {
        return new Caller(Kind.GUEST, null, "guest", AccessTokenClaims.ROLE_USER, identityCookie);
    }

    static Caller anonymous() {
        return new Caller(Kind.ANONYMOUS, null, null, null, null);
    }

    Caller withIdentity(String userId, String state) {
        return new Caller(kind, userId, state, role, identityCookie);
    }

    public boolean isVerified() {
        return kind == Kind.VERIFIED;
    }

    public boolean isAdmin() {
        return isVerified() && AccessTokenClaims.ROLE_ADMIN.equals(role);
    }

    /** The caller the filters attached to this request. */
    public static Caller of(HttpServletRequest request) {
        Object caller = request.getAttribute(ATTRIBUTE);
        return caller instanceof Caller known ? known : anonymous();
    }

    static void attach(HttpServletRequest request, Caller caller) {
        request.setAttribute(ATTRIBUTE, caller);
        if (caller.userId() != null) {
            MDC.put(RequestIdFilter.USER_MDC_KEY, caller.userId());
        }
    }
}
