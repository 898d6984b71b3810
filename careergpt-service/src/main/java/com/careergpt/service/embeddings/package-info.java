/**
 * Text embeddings: the bundled sentence-embedding model, the configured text embedder, the job and resume vectors
 * kept up to date from the stores' events, and nearest-neighbour lookups over them.
 */
@ApplicationModule(displayName = "Embeddings", allowedDependencies = { "scraping :: jobs" })
package com.careergpt.service.embeddings;

import org.springframework.modulith.ApplicationModule;
