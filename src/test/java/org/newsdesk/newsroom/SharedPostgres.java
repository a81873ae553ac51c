package org.newsdesk.newsroom;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The one PostgreSQL server ({@link TestPostgres}) of this test JVM, which the newsroom test
 * classes share, each in databases of its own ({@link PostgresPerClass}): started when the first
 * class asks for it and stopped when the JVM's test run ends (the launcher session closes; a
 * shutdown hook stops it if the run is cut short). Starting a server (initdb and start) took about
 * two seconds per class.
 *
 * <p>Registered in {@code META-INF/services}. Cluster-wide state is shared: login roles, which
 * the tests name with counters of their own, and the group roles the newsroom migration creates
 * if missing. A class that restarts the server or changes its settings asks for a server of its
 * own ({@link PostgresPerClass#ownServer()}).
 */
public final class SharedPostgres implements LauncherSessionListener {

    private static TestPostgres server;
    private static boolean hooked;
    private static int starts;

    /** The shared server, started now if no class has asked before (or skips the caller, as {@link TestPostgres#start()}). */
    static synchronized TestPostgres server() {
        if (server == null) {
            server = TestPostgres.start();
            starts++;
            if (!hooked) {
                hooked = true;
                Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::stop, "shared-postgres-stop"));
            }
        }
        return server;
    }

    /** How many times this JVM started the shared server (once, unless a run stopped it between classes). */
    static synchronized int starts() {
        return starts;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    private static synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (Exception e) {
            System.err.println("stopping the shared PostgreSQL server failed: " + e);
        } finally {
            server = null;
        }
    }
}
