package com.careergpt.service.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The per-vendor migration files as the service shipped them before the shared location, frozen in
 * {@code db/legacy-migrations.zip} (never edited: databases made with them must keep starting) and unpacked into the build's
 * {@code target} folder for Flyway to read.
 */
final class FormerMigrationFiles {

    private static final String ARCHIVE = "/db/legacy-migrations.zip";

    private static Path unpacked;

    private FormerMigrationFiles() {
    }

    /** A Flyway location holding the former files of one vendor. */
    static synchronized String location(SchemaVendor vendor) {
        if (unpacked == null) {
            unpacked = unpack();
        }
        return "filesystem:" + unpacked.resolve(vendor == SchemaVendor.SQLITE ? "sqlite" : "postgresql");
    }

    private static Path unpack() {
        try (InputStream archive = FormerMigrationFiles.class.getResourceAsStream(ARCHIVE);
                ZipInputStream entries = new ZipInputStream(archive)) {
            Path target = Path.of("target", "former-migrations").toAbsolutePath();
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IllegalStateException("entry outside the archive's folder: " + entry.getName());
                }
                Files.createDirectories(file.getParent());
                Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
