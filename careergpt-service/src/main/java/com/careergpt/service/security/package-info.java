/**
 * Who may call what: the security filter chains, the caller of a request (user, guest or anonymous), the guest's
 * one free action, verified actions and per-user rate limits.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "gateway" })
package com.careergpt.service.security;

import org.springframework.modulith.ApplicationModule;
