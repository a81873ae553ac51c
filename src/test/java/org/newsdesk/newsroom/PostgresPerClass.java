package org.newsdesk.newsroom;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's real PostgreSQL server ({@link TestPostgres}), in which it makes fresh databases:
 * register it as a static field with {@code @RegisterExtension}. By default that is the server
 * this test JVM shares ({@link SharedPostgres}); a class that restarts the server or changes its
 * settings asks for {@link #ownServer()}, started before its first test and stopped after its last.
 * When no server can start, the class is skipped with the reason (or fails under requireAll).
 */
public final class PostgresPerClass implements BeforeAllCallback, AfterAllCallback {

    private final boolean own;
    private TestPostgres server;

    /** Databases on the server this JVM shares. */
    public PostgresPerClass() {
        this(false);
    }

    private PostgresPerClass(boolean own) {
        this.own = own;
    }

    /** A server for this class alone, which it may restart. */
    public static PostgresPerClass ownServer() {
        return new PostgresPerClass(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = own ? TestPostgres.start() : SharedPostgres.server();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (own && server != null) {
            server.close();
        }
        server = null;
    }

    /** A fresh, empty database on the server. */
    public String newDatabase() {
        return server.newDatabase();
    }

    /** A fresh database with the newsroom's schema; see {@link TestPostgres#newNewsroomDatabase()}. */
    public String newNewsroomDatabase() {
        return server.newNewsroomDatabase();
    }

    public int port() {
        return server.port();
    }

    /** See {@link TestPostgres#restart()}; only a class's {@link #ownServer()} may. */
    public void restart() throws IOException, InterruptedException {
        ownedForThe("restart");
        server.restart();
    }

    /** See {@link TestPostgres#requirePasswords()}; only a class's {@link #ownServer()} may. */
    public void requirePasswords() throws IOException, InterruptedException {
        ownedForThe("password rule");
        server.requirePasswords();
    }

    private void ownedForThe(String change) {
        if (!own) {
            throw new IllegalStateException("the " + change + " would reach every class on the shared server:"
                    + " register PostgresPerClass.ownServer()");
        }
    }
}
