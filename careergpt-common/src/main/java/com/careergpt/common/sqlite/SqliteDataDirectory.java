package com.careergpt.common.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * SQLite creates its database file but not the folder around it: this creates the folder of a
 * {@code jdbc:sqlite:} URL (e.g. {@code CAREERGPT_DATA_DIR}) before the pool opens its first connection.
 */
class SqliteDataDirectory implements BeanPostProcessor {

    private static final String PREFIX = "jdbc:sqlite:";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && dataSource.getJdbcUrl().startsWith(PREFIX)) {
            createParentOf(dataSource.getJdbcUrl().substring(PREFIX.length()));
        }
        return bean;
    }

    static void createParentOf(String sqlitePath) {
        String file = sqlitePath.startsWith("file:") ? sqlitePath.substring("file:".length()) : sqlitePath;
        int query = file.indexOf('?');
        file = query >= 0 ? file.substring(0, query) : file;
        if (file.isEmpty() || file.startsWith(":memory:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the data directory " + parent
                    + " (set CAREERGPT_DATA_DIR to a writable folder)", ex);
        }
    }
}
