/**
 * What other modules call of the llm module: analyses, the callers of model calls, {@code AnalysisInputs} and the
 * analyze, provider and admin endpoints.
 */
@NamedInterface("api")
package com.careergpt.service.llm.api;

import org.springframework.modulith.NamedInterface;
