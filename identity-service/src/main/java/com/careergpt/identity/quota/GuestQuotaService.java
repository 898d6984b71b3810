package com.careergpt.identity.quota;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.identity.guest.GuestProperties;
import com.careergpt.identity.user.IdentityLookup;
import com.careergpt.identity.user.User;
import com.careergpt.identity.user.UserRepository;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one free action of a guest, claimed atomically and released when the action failed on our side. */
@Service
class GuestQuotaService {

    private static final Logger log = LoggerFactory.getLogger(GuestQuotaService.class);

    private final UserRepository users;
    private final IdentityLookup identities;
    private final GuestActionClaimRepository claims;
    private final GuestProperties guestProperties;
    private final Clock clock;

    GuestQuotaService(UserRepository users, IdentityLookup identities, GuestActionClaimRepository claims,
            GuestProperties guestProperties, Clock clock) {
        this.users = users;
        this.identities = identities;
        this.claims = claims;
        this.guestProperties = guestProperties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    IdentityStatus resolve(String identityCookie) {
        User user = identities.resolveByCookie(identityCookie).orElseThrow(GuestQuotaService::unknownIdentity);
        return IdentityStatus.of(user);
    }

    @Transactional
    Claim claim(String identityCookie) {
        Instant now = clock.instant();
        User user = identities.resolveByCookie(identityCookie).orElseThrow(GuestQuotaService::unknownIdentity);
        if (user.getState().isVerified()) {
            throw new ProblemException(ProblemType.NOT_A_GUEST, "This identity is verified; it signs in with a token instead of using free actions.")
                    .with("state", user.getState().apiName())
                    .with("next", "email");
        }
        if (users.claimGuestAction(user.getId(), guestProperties.freeActions(), now) == 0) {
            throw new ProblemException(ProblemType.FREE_ACTION_USED, "This guest has used its free action; give an email address to continue.")
                    .with("state", user.getState().apiName())
                    .with("next", "email");
        }
        GuestActionClaim claim = claims.save(new GuestActionClaim(user.getId(), now));
        log.info("Guest {} claimed its free action (claim {})", user.getId(), claim.getId());
        return new Claim(claim.getId(), user.getId(), user.getState().apiName());
    }

    @Transactional
    boolean release(String claimId) {
        GuestActionClaim claim = claims.findById(claimId).orElseThrow(() -> new ProblemException(ProblemType.UNKNOWN_CLAIM, "No free-action claim has id " + claimId + "."));
        if (claims.markReleased(claimId, clock.instant()) == 0) {
            return false;
        }
        users.releaseGuestAction(claim.getUserId());
        log.info("Guest {} got its free action back (claim {} released)", claim.getUserId(), claimId);
        return true;
    }

    private static ProblemException unknownIdentity() {
        return new ProblemException(ProblemType.UNKNOWN_IDENTITY, "No identity has this identity_id cookie; the client should call POST /auth/guest.")
                .with("next", "guest");
    }

    record Claim(String claimId, String userId, String state) {
    }

    record IdentityStatus(String userId, String state, int guestActionsUsed) {

        static IdentityStatus of(User user) {
            return new IdentityStatus(user.getId(), user.getState().apiName(), user.getGuestActionsUsed());
        }
    }
}
