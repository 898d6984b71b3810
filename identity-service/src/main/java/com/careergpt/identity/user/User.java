package com.careergpt.identity.user;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "users")
public class User {

    @Id
    private String id;

    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private UserState state;

    /** SHA-256 of the opaque {@code identity_id} cookie value; the cookie itself is never stored. */
    @Column(nullable = false, unique = true)
    private String cookieTokenHash;

    private String userAgent;

    private String ipAddress;

    @Column(nullable = false)
    private Instant firstSeen;

    @Column(nullable = false)
    private Instant lastSeen;

    private Instant verifiedAt;

    @Column(nullable = false)
    private int guestActionsUsed;

    /** Set when this guest signed in as an existing verified user: that user is who this device now is. */
    private String mergedInto;

    @Version
    private Long version;

    protected User() {
    }

    public static User newGuest(String cookieTokenHash, String userAgent, String ipAddress, Instant now) {
        User user = new User();
        user.id = UUID.randomUUID().toString();
        user.state = UserState.GUEST;
        user.cookieTokenHash = cookieTokenHash;
        user.userAgent = userAgent;
        user.ipAddress = ipAddress;
        user.firstSeen = now;
        user.lastSeen = now;
        return user;
    }

    /** Applies an event through the state machine; an illegal one throws and changes nothing. */
    public void apply(UserEvent event, Instant now) {
        UserState next = state.on(event);
        if (next == UserState.VERIFIED && state != UserState.VERIFIED) {
            verifiedAt = now;
        }
        state = next;
        lastSeen = now;
    }

    public void collectEmail(String normalizedEmail, Instant now) {
        apply(UserEvent.SUBMIT_EMAIL, now);
        email = normalizedEmail;
    }

    public void mergeInto(User existing, Instant now) {
        mergedInto = existing.getId();
        lastSeen = now;
    }

    public void touch(Instant now) {
        lastSeen = now;
    }

    public String getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public UserState getState() {
        return state;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getIpAddress() {
        return ipAddress;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public int getGuestActionsUsed() {
        return guestActionsUsed;
    }

    public String getMergedInto() {
        return mergedInto;
    }
}
