package com.careergpt.service.scraping.jobs;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.service.support.StandaloneServiceSupport;

/** {@link SharedCanonicalUrlChecks} on the default SQLite database. */
class SharedCanonicalUrlOnSqliteTest extends SharedCanonicalUrlChecks {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.standaloneProperties(registry);
    }
}
