/**
 * Every analysis a user runs, kept and given back only to its owner.
 */
@ApplicationModule(displayName = "Analysis results", allowedDependencies = { "security" })
package com.careergpt.service.results;

import org.springframework.modulith.ApplicationModule;
