package com.careergpt.identity.modules;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.careergpt.identity.IdentityApplication;

/**
 * The module map of identity-service: every top-level package of {@code com.careergpt.identity} is an application
 * module described by its {@code package-info.java}; none reaches into another's internals and they form no cycle.
 */
class ModuleStructureTest {

    @Test
    void modulesUseOnlyEachOthersApiAndFormNoCycle() {
        ApplicationModules.of(IdentityApplication.class).verify();
    }
}
