/**
 * JobRunr for the whole service: its storage in the service's database through a pool of its own (sized by
 * {@code careergpt.pipeline.jobs-pool-size}), its scheduler, and the tracing that carries a request's trace and
 * request id into the jobs it enqueues. The jobs themselves belong to the modules that run them.
 */
@ApplicationModule(displayName = "JobRunr", allowedDependencies = { "sources" })
package com.careergpt.service.jobrunr;

import org.springframework.modulith.ApplicationModule;
