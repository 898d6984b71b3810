/**
 * The skills taxonomy (curated names and aliases grown with O*NET's technology skills) and finding skills in text.
 */
@ApplicationModule(displayName = "Skills taxonomy", allowedDependencies = {})
package com.careergpt.service.skills;

import org.springframework.modulith.ApplicationModule;
