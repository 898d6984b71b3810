package com.careergpt.identity.verification;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careergpt.identity.token.AccessTokenIssuer;
import com.careergpt.identity.token.AccessTokenIssuer.IssuedToken;
import com.careergpt.identity.token.RefreshTokenService;
import com.careergpt.identity.user.EmailAddresses;
import com.careergpt.identity.user.EmailMask;
import com.careergpt.identity.user.IdentityLookup;
import com.careergpt.identity.user.IdentityRequired;
import com.careergpt.identity.user.User;
import com.careergpt.identity.user.UserEvent;
import com.careergpt.identity.user.UserRepository;
import com.careergpt.identity.user.UserState;
import com.careergpt.identity.user.UserStateChanges;
import com.careergpt.identity.web.ClientAddresses;
import com.careergpt.common.web.ProblemException;
import com.careergpt.common.web.ProblemType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends codes to an address and checks them: guest -> email_collected -> verified, and sign-in of a returning
 * verified user on a new device (whose guest record is then merged into the existing account).
 */
@Service
class EmailVerificationService {

    private static final Logger log = LoggerFactory.getLogger(EmailVerificationService.class);

    private final UserRepository users;
    private final IdentityLookup identities;
    private final VerificationCodeRepository codes;
    private final CodeHasher hasher;
    private final VerificationCodeSender sender;
    private final AccessTokenIssuer accessTokens;
    private final RefreshTokenService refreshTokens;
    private final VerificationProperties properties;
    private final CodeRequestLimits requestLimits;
    private final WrongCodeLimits wrongCodeLimits;
    private final CodeMeters meters;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final UserStateChanges stateChanges;

    EmailVerificationService(UserRepository users, IdentityLookup identities, VerificationCodeRepository codes,
            CodeHasher hasher, VerificationCodeSender sender, AccessTokenIssuer accessTokens,
            RefreshTokenService refreshTokens, VerificationProperties properties, CodeRequestLimits requestLimits,
            WrongCodeLimits wrongCodeLimits, PlatformTransactionManager transactionManager, Clock clock,
            UserStateChanges stateChanges, CodeMeters meters) {
        this.meters = meters;
        this.users = users;
        this.stateChanges = stateChanges;
        this.identities = identities;
        this.codes = codes;
        this.hasher = hasher;
        this.sender = sender;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
        this.requestLimits = requestLimits;
        this.wrongCodeLimits = wrongCodeLimits;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Records the address (when given; a resend uses the stored one), makes a new code that replaces any earlier
     * one, and sends it. The code is committed before sending so a slow mail server holds no database lock; if
     * sending fails the code is deleted again and the client may retry at once. {@code remoteAddress} is the
     * client's, which the per-client limits count against.
     */
    CodeSent sendCode(String identityCookie, String rawEmail, String remoteAddress) {
        try {
            CodeSent sent = createAndSend(identityCookie, rawEmail, remoteAddress);
            meters.sent();
            return sent;
        }
        catch (ProblemException refused) {
            meters.notSent(refused);
            throw refused;
        }
    }

    private CodeSent createAndSend(String identityCookie, String rawEmail, String remoteAddress) {
        String client = ClientAddresses.limitKey(remoteAddress);
        PendingCode pending = transactions.execute(status -> createCode(identityCookie, rawEmail, client));
        try {
            sender.send(pending.email(), pending.code(), properties.codeTtl());
        }
        catch (RuntimeException ex) {
            log.error("Could not deliver a verification code to {}", EmailMask.mask(pending.email()), ex);
            transactions.executeWithoutResult(status -> codes.deleteById(pending.codeId()));
            throw new ProblemException(ProblemType.CODE_DELIVERY_FAILED, "The verification email could not be sent; try again in a moment.");
        }
        log.info("Sent a code to {} for identity {}", EmailMask.mask(pending.email()), pending.userId());
        return new CodeSent(pending.state().apiName(), EmailMask.mask(pending.email()), pending.expiresAt(),
                pending.createdAt().plus(properties.resendCooldown()));
    }

    private PendingCode createCode(String identityCookie, String rawEmail, String client) {
        Instant now = clock.instant();
        User user = identities.resolveByCookie(identityCookie).orElseThrow(IdentityRequired::new);
        user.getState().on(UserEvent.SUBMIT_EMAIL);
        String email = rawEmail != null ? EmailAddresses.normalize(rawEmail) : user.getEmail();
        if (email == null) {
            throw new ProblemException(ProblemType.EMAIL_MISSING, "There is no address to resend a code to: submit one with POST /auth/email first.");
        }
        if (user.getState().isVerified() && !email.equals(user.getEmail())) {
            throw new ProblemException(ProblemType.EMAIL_CHANGE_NOT_SUPPORTED, "This account is verified with another address; codes are only sent to that address.")
                    .with("field", "email");
        }
        requestLimits.check(user.getId(), client, email, now);
        codes.supersedeActive(user.getId());
        String codeId = VerificationCode.newId();
        String code = hasher.newCode();
        Instant expiresAt = now.plus(properties.codeTtl());
        codes.save(new VerificationCode(codeId, user.getId(), email, hasher.hash(codeId, code), now, expiresAt,
                client));
        if (user.getState().isVerified()) {
            user.touch(now);
        }
        else {
            UserState before = user.getState();
            user.collectEmail(email, now);
            stateChanges.changed(user, before, now);
        }
        return new PendingCode(codeId, user.getId(), code, email, user.getState(), now, expiresAt);
    }

    /**
     * Checks a code against the newest one of this identity. A wrong code counts against the code (dead after
     * {@code maxAttempts}) and against the daily caps of the identity and of the client; these counts commit even
     * though the call fails.
     */
    Verified verify(String identityCookie, String code, String remoteAddress) {
        String client = ClientAddresses.limitKey(remoteAddress);
        try {
            Verified verified = transactions.execute(status -> verifyInTransaction(identityCookie, code, client)).orThrow();
            meters.verified();
            return verified;
        }
        catch (ProblemException refused) {
            meters.notVerified(refused);
            throw refused;
        }
    }

    private Verified verifyInTransaction(String identityCookie, String code, String client) {
        Instant now = clock.instant();
        User user = identities.resolveByCookie(identityCookie).orElseThrow(IdentityRequired::new);
        user.getState().on(UserEvent.VERIFY_CODE);
        String email = user.getEmail();
        wrongCodeLimits.check(user.getId(), client, now);
        VerificationCode current = codes.findFirstByUserIdOrderByCreatedAtDesc(user.getId())
                .filter(found -> found.getStatus() == VerificationCode.Status.ACTIVE
                        || found.getStatus() == VerificationCode.Status.LOCKED)
                .orElseThrow(() -> codeGone(ProblemType.NO_ACTIVE_CODE,
                        "There is no open code for this identity; request one with POST /auth/email/resend."));
        if (current.getStatus() == VerificationCode.Status.LOCKED
                || current.getFailedAttempts() >= properties.maxAttempts()) {
            throw codeGone(ProblemType.CODE_LOCKED,
                    "This code was entered wrongly " + properties.maxAttempts() + " times and no longer works; "
                            + "request a new one with POST /auth/email/resend.");
        }
        if (!current.getExpiresAt().isAfter(now)) {
            throw codeGone(ProblemType.CODE_EXPIRED,
                    "This code expired at " + current.getExpiresAt() + "; request a new one with POST /auth/email/resend.");
        }
        if (!hasher.matches(current.getId(), code, current.getCodeHash())) {
            wrongCodeLimits.record(current.getId(), user.getId(), client, now);
            return wrongCode(current);
        }
        if (codes.markUsed(current.getId(), properties.maxAttempts()) == 0) {
            throw codeGone(ProblemType.CODE_LOCKED, "This code was used or replaced meanwhile.");
        }
        User target = signInTarget(user, email, now);
        String refreshToken = refreshTokens.startFamily(target.getId());
        IssuedToken token = accessTokens.issue(target);
        return new Verified(token, refreshToken, null);
    }

    /** The existing verified account with this address if there is one (the device merges into it), else itself. */
    private User signInTarget(User user, String email, Instant now) {
        if (!user.getState().isVerified()) {
            Optional<User> existing = users.findFirstByEmailAndStateIn(email, EnumSet.of(UserState.VERIFIED, UserState.MEMBER))
                    .filter(found -> !found.getId().equals(user.getId()));
            if (existing.isPresent()) {
                user.mergeInto(existing.get(), now);
                existing.get().touch(now);
                return existing.get();
            }
        }
        UserState before = user.getState();
        user.apply(UserEvent.VERIFY_CODE, now);
        users.saveAndFlush(user);
        stateChanges.changed(user, before, now);
        return user;
    }

    private Verified wrongCode(VerificationCode current) {
        codes.recordFailure(current.getId(), properties.maxAttempts());
        codes.lockIfExhausted(current.getId(), properties.maxAttempts());
        int left = Math.max(0, properties.maxAttempts() - current.getFailedAttempts() - 1);
        ProblemException problem = new ProblemException(ProblemType.WRONG_CODE, left > 0 ? "The code is not correct; " + left + " attempt(s) left."
                        : "The code is not correct and is now locked; request a new one with POST /auth/email/resend.")
                .with("field", "code")
                .with("attemptsLeft", left);
        return new Verified(null, null, problem);
    }

    private static ProblemException codeGone(ProblemType type, String detail) {
        return new ProblemException(type, detail).with("next", "resend");
    }

    record CodeSent(String state, String email, Instant expiresAt, Instant resendAvailableAt) {
    }

    /** Either a signed-in session or the wrong-code problem, answered after the failure count has committed. */
    record Verified(IssuedToken token, String refreshToken, ProblemException problem) {

        Verified orThrow() {
            if (problem != null) {
                throw problem;
            }
            return this;
        }
    }

    private record PendingCode(String codeId, String userId, String code, String email, UserState state, Instant createdAt,
            Instant expiresAt) {
    }
}
