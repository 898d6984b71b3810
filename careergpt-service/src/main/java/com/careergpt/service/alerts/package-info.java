/**
 * Alert rules evaluated on a schedule, the incidents they open and resolve, and the admin API over them.
 */
@ApplicationModule(displayName = "Alerts", allowedDependencies = { "gateway" })
package com.careergpt.service.alerts;

import org.springframework.modulith.ApplicationModule;
