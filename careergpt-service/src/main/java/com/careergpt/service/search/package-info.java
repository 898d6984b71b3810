/**
 * Finds stored jobs by meaning: the query's vector compared with the job vectors that pass the filters.
 */
@ApplicationModule(displayName = "Semantic job search", allowedDependencies = { "embeddings", "scraping :: jobs" })
package com.careergpt.service.search;

import org.springframework.modulith.ApplicationModule;
