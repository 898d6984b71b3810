package com.careergpt.service.schema;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.careergpt.service.support.StandaloneServiceSupport;

/** {@link MappedColumnsChecks} on the default SQLite database. */
class MappedColumnsOnSqliteTest extends MappedColumnsChecks {

    @DynamicPropertySource
    static void sqlite(DynamicPropertyRegistry registry) {
        StandaloneServiceSupport.standaloneProperties(registry);
    }
}
