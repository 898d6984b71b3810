package com.careergpt.identity.admin;

import java.time.Clock;
import java.time.Instant;

import com.careergpt.identity.guest.GuestProperties;
import com.careergpt.identity.user.IdentityView;
import com.careergpt.identity.user.User;
import com.careergpt.identity.user.UserEvent;
import com.careergpt.identity.user.UserRepository;
import com.careergpt.identity.user.UserState;
import com.careergpt.identity.user.UserStateChanges;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/auth/admin/users")
@Tag(name = "Admin", description = "User administration (bearer token with role=admin)")
class AdminUserController {

    private final UserRepository users;
    private final GuestProperties guestProperties;
    private final Clock clock;
    private final UserStateChanges stateChanges;

    AdminUserController(UserRepository users, GuestProperties guestProperties,
            Clock clock, UserStateChanges stateChanges) {
        this.stateChanges = stateChanges;
        this.users = users;
        this.guestProperties = guestProperties;
        this.clock = clock;
    }

    @PostMapping("/{userId}/promote")
    @Transactional
    @Operation(summary = "Make a verified user a member (409 for any other state)",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The user, now a member")
    @ApiResponse(responseCode = "401", description = "token-required or invalid-token")
    @ApiResponse(responseCode = "403", description = "admin-required: the token is not an admin's")
    @ApiResponse(responseCode = "404", description = "unknown-user")
    @ApiResponse(responseCode = "409", description = "illegal-transition: the user is not verified")
    IdentityView promote(@PathVariable String userId) {
        User user = users.findById(userId).orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_USER, "No user has id " + userId + "."));
        UserState before = user.getState();
        Instant now = clock.instant();
        user.apply(UserEvent.PROMOTE, now);
        stateChanges.changed(user, before, now);
        return IdentityView.of(user, guestProperties.freeActions());
    }
}
