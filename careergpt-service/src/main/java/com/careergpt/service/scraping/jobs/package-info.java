/**
 * The job store: stored jobs as {@code JobView}, their queries and filters, and {@code JobStoredEvent}.
 */
@NamedInterface("jobs")
package com.careergpt.service.scraping.jobs;

import org.springframework.modulith.NamedInterface;
