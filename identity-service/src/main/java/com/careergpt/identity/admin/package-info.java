/**
 * {@code POST /auth/admin/users/{id}/promote}.
 */
@ApplicationModule(displayName = "Admin")
package com.careergpt.identity.admin;

import org.springframework.modulith.ApplicationModule;
