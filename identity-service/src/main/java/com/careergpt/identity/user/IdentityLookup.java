package com.careergpt.identity.user;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds who a device is from its {@code identity_id} cookie. A guest that signed in as an existing verified user
 * is that user from then on.
 */
@Component
public class IdentityLookup {

    private final UserRepository users;

    IdentityLookup(UserRepository users) {
        this.users = users;
    }

    /** The identity record the cookie names, without following a merge. */
    public Optional<User> findByCookie(String cookieValue) {
        if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100) {
            return Optional.empty();
        }
        return users.findByCookieTokenHash(OpaqueTokens.sha256Hex(cookieValue));
    }

    /** The user the cookie stands for, following a merge into an existing account. */
    public Optional<User> resolveByCookie(String cookieValue) {
        return findByCookie(cookieValue).map(this::effective);
    }

    public User effective(User user) {
        if (user.getMergedInto() == null) {
            return user;
        }
        return users.findById(user.getMergedInto()).orElse(user);
    }
}
