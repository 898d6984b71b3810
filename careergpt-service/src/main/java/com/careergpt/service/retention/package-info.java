/**
 * Deletes request log rows, log lines, LLM ledger rows, error groups and resolved alerts past their retention.
 */
@ApplicationModule(displayName = "Retention", allowedDependencies = { "errors" })
package com.careergpt.service.retention;

import org.springframework.modulith.ApplicationModule;
