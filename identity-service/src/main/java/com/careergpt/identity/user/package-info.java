/**
 * {@code User} and its state machine (guest, email_collected, verified, member), its state history, who is calling
 * ({@code CurrentIdentity}), and what counts as an email address ({@code EmailAddresses}).
 */
@ApplicationModule(displayName = "Users")
package com.careergpt.identity.user;

import org.springframework.modulith.ApplicationModule;
