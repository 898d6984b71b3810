/**
 * {@code POST /auth/email}, {@code /auth/email/resend} and {@code /auth/verify}: hashed 6-digit codes, the console or
 * SMTP sender, and the abuse limits.
 */
@ApplicationModule(displayName = "Email verification")
package com.careergpt.identity.verification;

import org.springframework.modulith.ApplicationModule;
