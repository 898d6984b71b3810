package com.careergpt.service.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import com.careergpt.identity.support.MappedColumns;

/**
 * The entities against the schema Flyway built at start-up on the subclass's database: with {@code ddl-auto: none}
 * a mapped column the migrations lack would otherwise fail only at the first query that reads it.
 */
@DirtiesContext
@SpringBootTest
abstract class MappedColumnsChecks {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataSource dataSource;

    @Test
    void everyMappedColumnExistsInTheMigratedSchema() throws SQLException {
        Set<String> mapped = MappedColumns.of(entityManagerFactory);

        assertThat(mapped).contains("jobs.canonical_url", "job_skills.job_id", "resumes.id");
        assertThat(MappedColumns.missingIn(dataSource, mapped)).isEmpty();
    }
}
