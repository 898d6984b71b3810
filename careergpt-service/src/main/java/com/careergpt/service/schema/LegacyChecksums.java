package com.careergpt.service.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The checksums of the migrations as they were written before SQLite and PostgreSQL shared them: one file per
 * vendor, the same SQL but for a first comment line and the type words that are placeholders now. A database those
 * files built has the same schema; its history rows are moved to today's checksums before Flyway validates, one row
 * at a time and only from a checksum listed here, so any other difference still fails validation.
 */
final class LegacyChecksums {

    private static final Logger log = LoggerFactory.getLogger(LegacyChecksums.class);

    /** Per version, the checksums of its former sqlite/ and postgresql/ files. */
    static final Map<String, Set<Integer>> BY_VERSION = Map.ofEntries(
            Map.entry("1", Set.of(-1659801984, 1430825860)),
            Map.entry("2", Set.of(-1428441587, -1662041222)),
            Map.entry("3", Set.of(1570063151, -1979327108)),
            Map.entry("4", Set.of(-1768506872, 1775123465)),
            Map.entry("6", Set.of(1692891007, 33477905)),
            Map.entry("8", Set.of(-2096551481, -246593637)),
            Map.entry("9", Set.of(-1667225910, -117530954)),
            Map.entry("10", Set.of(-408402623, 821668502)),
            Map.entry("11", Set.of(1904530329, -1403820728)),
            Map.entry("12", Set.of(1211991087, -622543434)));

    private LegacyChecksums() {
    }

    /** Moves the history rows that hold a former checksum to the checksum of today's file; returns how many. */
    static int acceptIn(Flyway flyway) {
        List<MigrationInfo> formerlyWritten = Arrays.stream(flyway.info().applied())
                .filter(LegacyChecksums::heldFormerChecksum)
                .toList();
        if (formerlyWritten.isEmpty()) {
            return 0;
        }
        Configuration configuration = flyway.getConfiguration();
        JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
        String update = "UPDATE " + historyTable(configuration) + " SET checksum = ? WHERE version = ? AND checksum = ?";
        for (MigrationInfo migration : formerlyWritten) {
            jdbc.update(update, migration.getResolvedChecksum(), migration.getVersion().getVersion(),
                    migration.getAppliedChecksum());
        }
        log.info("Flyway history: {} migrations applied from the former per-vendor files now checksum as the shared ones",
                formerlyWritten.size());
        return formerlyWritten.size();
    }

    private static boolean heldFormerChecksum(MigrationInfo migration) {
        return migration.isVersioned()
                && migration.getResolvedChecksum() != null
                && !Objects.equals(migration.getAppliedChecksum(), migration.getResolvedChecksum())
                && BY_VERSION.getOrDefault(migration.getVersion().getVersion(), Set.of())
                        .contains(migration.getAppliedChecksum());
    }

    private static String historyTable(Configuration configuration) {
        String table = '"' + configuration.getTable() + '"';
        String schema = configuration.getDefaultSchema();
        return schema == null ? table : '"' + schema + "\"." + table;
    }
}
