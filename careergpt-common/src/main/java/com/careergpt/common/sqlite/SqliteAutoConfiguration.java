package com.careergpt.common.sqlite;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@ConditionalOnClass(name = { "com.zaxxer.hikari.HikariDataSource", "org.sqlite.JDBC" })
public class SqliteAutoConfiguration {

    @Bean
    static SqliteDataDirectory sqliteDataDirectory() {
        return new SqliteDataDirectory();
    }
}
