/**
 * The admin usage report: the sign-up funnel from identity-service, actions from the request log, LLM calls from
 * the spend ledger.
 */
@ApplicationModule(displayName = "Usage report", allowedDependencies = { "gateway" })
package com.careergpt.service.usage;

import org.springframework.modulith.ApplicationModule;
