/**
 * Checks text a model wrote for a candidate against the candidate's resume and flags invented numbers, employers and
 * skills.
 */
@ApplicationModule(displayName = "Grounding check", allowedDependencies = { "skills" })
package com.careergpt.service.grounding;

import org.springframework.modulith.ApplicationModule;
