package com.careergpt.identity.user;

/**
 * What a client may see of an identity.
 *
 * @param email the address with most of the local part masked, e.g. {@code j***e@example.com}
 */
public record IdentityView(String id, String state, String email, int guestActionsUsed, int freeActionsLeft) {

    public static IdentityView of(User user, int freeActions) {
        int left = user.getState().isVerified() ? 0 : Math.max(0, freeActions - user.getGuestActionsUsed());
        return new IdentityView(user.getId(), user.getState().apiName(), EmailMask.mask(user.getEmail()),
                user.getGuestActionsUsed(), left);
    }
}
