package org.newsdesk.newsroom;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real PostgreSQL server for a test class ({@link TestPostgres}), started before its first
 * test and stopped after its last: register it as a static field with {@code @RegisterExtension}.
 * When no server can start, the class is skipped with the reason (or fails under requireAll).
 */
public final class PostgresPerClass implements BeforeAllCallback, AfterAllCallback {

    private TestPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = TestPostgres.start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** A fresh, empty database on the server. */
    public String newDatabase() {
        return server.newDatabase();
    }

    public int port() {
        return server.port();
    }

    /** See {@link TestPostgres#restart()}. */
    public void restart() throws IOException, InterruptedException {
        server.restart();
    }

    /** See {@link TestPostgres#requirePasswords()}. */
    public void requirePasswords() throws IOException, InterruptedException {
        server.requirePasswords();
    }
}
