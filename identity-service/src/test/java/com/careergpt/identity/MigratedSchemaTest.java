package com.careergpt.identity;

import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import com.careergpt.identity.support.IdentityServiceTest;
import com.careergpt.identity.support.MappedColumns;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The entities against the SQLite schema Flyway built at start-up ({@code ddl-auto: none} checks nothing). */
class MigratedSchemaTest extends IdentityServiceTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DataSource dataSource;

    @Test
    void everyMappedColumnExistsInTheMigratedSchema() throws SQLException {
        Set<String> mapped = MappedColumns.of(entityManagerFactory);

        assertThat(mapped).contains("users.id", "users.cookie_token_hash");
        assertThat(MappedColumns.missingIn(dataSource, mapped)).isEmpty();
    }
}
