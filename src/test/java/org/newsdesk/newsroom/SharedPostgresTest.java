package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsdesk.TestRequirements;
import org.newsdesk.store.server.ServerLibrary;

/**
 * The newsroom test classes share one server per test JVM, each with databases of its own, and
 * the shared server refuses a restart or a settings change (they would reach the other classes).
 * Newsroom databases are copied from one the server migrated once.
 */
@Tag(TestRequirements.SYSTEM)
class SharedPostgresTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();

    @Test
    void classesShareTheJvmsServerInDatabasesOfTheirOwn() throws Exception {
        assertThat(postgres.port()).isEqualTo(SharedPostgres.server().port());
        assertThat(SharedPostgres.starts()).as("the server started once in this JVM").isEqualTo(1);
        String first = postgres.newDatabase();
        String second = postgres.newDatabase();
        assertThat(second).isNotEqualTo(first);
        try (Connection a = DriverManager.getConnection(first); Statement s = a.createStatement()) {
            s.execute("create table only_here (n int)");
        }
        try (Connection b = DriverManager.getConnection(second); Statement s = b.createStatement();
             ResultSet r = s.executeQuery("select count(*) from pg_tables where tablename = 'only_here'")) {
            r.next();
            assertThat(r.getInt(1)).as("a table made in another class's database").isZero();
        }
    }

    @Test
    void newsroomDatabasesAreCopiesOfOneMigratedDatabaseThatNeedNoMigrationAndShareNothing() {
        String first = postgres.newNewsroomDatabase();
        String second = postgres.newNewsroomDatabase();
        assertThat(second).isNotEqualTo(first);
        Flyway flyway = Flyway.configure().dataSource(first, null, null).locations(ServerLibrary.MIGRATIONS).load();
        assertThat(flyway.info().pending()).as("migrations left to run").isEmpty();
        assertThat(flyway.info().applied()).isNotEmpty().allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        String login = "copy_check_" + System.nanoTime();
        try (ServerLibrary a = ServerLibrary.connect(first, null, null)) {
            a.addEditor(login, "周敏", "editor");
        }
        try (ServerLibrary b = ServerLibrary.connect(second, null, null)) {
            assertThat(b.editors()).as("an editor added in another newsroom database").isEmpty();
        }
    }

    @Test
    void theSharedServerIsNeverRestartedNorReconfigured() {
        assertThatThrownBy(postgres::restart).isInstanceOf(IllegalStateException.class).hasMessageContaining("ownServer");
        assertThatThrownBy(postgres::requirePasswords).isInstanceOf(IllegalStateException.class);
    }
}
