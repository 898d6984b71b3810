/**
 * The filter chains, the internal service token ({@code X-Internal-Token}) and the client address the gateway
 * vouches for.
 */
@ApplicationModule(displayName = "Security")
package com.careergpt.identity.security;

import org.springframework.modulith.ApplicationModule;
