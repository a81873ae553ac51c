package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Brings the store's schema up to this build's ({@link Store#SCHEMA_VERSION}); refuses a file
 * that lost its contents or was written by a newer Newsdesk.
 */
final class SchemaMigration {

    private SchemaMigration() {
    }

    static void migrate(JdbcConnectionPool pool, Path folder, boolean hadData) {
        if (hadData && isCurrent(pool)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();
        try {
            MigrationInfo[] applied = flyway.info().applied();
            if (hadData && applied.length == 0) {
                // H2 can open a file whose data is gone as an empty database; migrating
                // it would hide the loss. Treat it as damaged so it is moved aside, not reused.
                throw new StoreException(StoreException.Problem.CORRUPT, folder.resolve(Store.DATABASE_FILE),
                        "The database " + folder.resolve(Store.DATABASE_FILE) + " has lost its contents", null);
            }
            for (MigrationInfo info : applied) {
                if (info.getState().name().startsWith("FUTURE")) {
                    throw new StoreException(StoreException.Problem.TOO_NEW, folder.resolve(Store.DATABASE_FILE),
                            "The store in " + folder + " was written by a newer Newsdesk (schema version "
                                    + info.getVersion() + "); it is left untouched", null);
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw OpenFailures.classify(sql, folder);
            }
            throw new StoreException(StoreException.Problem.FAILED, folder.resolve(Store.DATABASE_FILE),
                    "The store in " + folder + " could not be prepared: " + e.getMessage(), e);
        }
    }

    /**
     * True when every migration of this build ({@link Store#MIGRATION_COUNT} of them, up to
     * {@link Store#SCHEMA_VERSION}), and none beyond, was applied
     * successfully: the usual start, which then needs no Flyway (it costs a noticeable part of
     * start-up). Anything else, including no history at all, goes through Flyway's checks.
     */
    static boolean isCurrent(JdbcConnectionPool pool) {
        String query = "select count(*), count(case when \"success\" then 1 end), max(cast(\"version\" as int))"
                + " from \"flyway_schema_history\" where \"version\" is not null";
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            return r.next() && r.getInt(1) == Store.MIGRATION_COUNT && r.getInt(2) == Store.MIGRATION_COUNT
                    && r.getInt(3) == Store.SCHEMA_VERSION;
        } catch (SQLException e) {
            return false;
        }
    }
}
