package com.careergpt.identity.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * The columns Hibernate maps ({@code table.column}, lower case, formulas left out) and the columns a database
 * has, so a test can show that every mapped column exists in the schema the migrations built: with
 * {@code ddl-auto: none} nothing else checks it before the first query that reads the column.
 */
public final class MappedColumns {

    private MappedColumns() {
    }

    /** Every column the entities, their embeddables and element collections read or write. */
    public static Set<String> of(EntityManagerFactory entityManagerFactory) {
        Set<String> columns = new TreeSet<>();
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor(entity -> collect(entity, columns));
        return columns;
    }

    /** The columns of {@code mapped} that the database's metadata does not list. */
    public static Set<String> missingIn(DataSource dataSource, Set<String> mapped) throws SQLException {
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(inDatabase(dataSource, mapped));
        return missing;
    }

    /** Every column of the tables named in {@code mapped}, as the database's metadata lists them. */
    private static Set<String> inDatabase(DataSource dataSource, Set<String> mapped) throws SQLException {
        Set<String> tables = new TreeSet<>();
        mapped.forEach(column -> tables.add(column.substring(0, column.indexOf('.'))));
        Set<String> columns = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            for (String table : tables) {
                try (ResultSet rows = metaData.getColumns(null, null, table, null)) {
                    while (rows.next()) {
                        columns.add(table + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return columns;
    }

    private static void collect(EntityPersister entity, Set<String> columns) {
        add(entity.getIdentifierMapping(), columns);
        entity.forEachAttributeMapping(attribute -> {
            if (attribute instanceof PluralAttributeMapping collection) {
                add(collection.getKeyDescriptor().getKeyPart(), columns);
                add(collection.getElementDescriptor(), columns);
                if (collection.getIndexDescriptor() != null) {
                    add(collection.getIndexDescriptor(), columns);
                }
            }
            else {
                add(attribute, columns);
            }
        });
    }

    private static void add(ModelPart part, Set<String> columns) {
        part.forEachSelectable((index, selectable) -> {
            if (!selectable.isFormula()) {
                columns.add((selectable.getContainingTableExpression() + "." + selectable.getSelectionExpression())
                        .toLowerCase(Locale.ROOT));
            }
        });
    }
}
