package org.newsdesk.sync;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.newsdesk.TestRequirements;

/**
 * A real Apache httpd with mod_dav on a free loopback port, configured in a folder of
 * the test's: basic authentication against an htpasswd file made by {@code htpasswd},
 * the upload folder {@code /uploads/} served from {@link #uploads()}. Runs as the
 * current user, or, when that is root (whom Apache will not serve as), as
 * {@code www-data}. Missing Apache, its modules or htpasswd skip the test with the reason
 * ({@link TestRequirements}; CI installs them and fails instead).
 */
final class ApacheDavServer implements AutoCloseable {

    static final String USER = "editor";
    private static final String MODULES = "/usr/lib/apache2/modules";
    private static final String WHY = "the WebDAV tests run a real Apache httpd with mod_dav; apt-get install apache2 apache2-utils";

    private final Path dir;
    private final int port;
    private final String apache;
    private final String htpasswd;
    private Process process;

    private ApacheDavServer(Path dir, int port, String apache, String htpasswd) {
        this.dir = dir;
        this.port = port;
        this.apache = apache;
        this.htpasswd = htpasswd;
    }

    /**
     * Configures and starts Apache in {@code dir} with {@code password} for {@link #USER}; skips
     * the test (or fails it when all is required) when Apache is not installed.
     */
    static ApacheDavServer start(Path dir, String password) throws IOException, InterruptedException {
        require();
        String apache = TestRequirements.program(WHY, "apache2", "httpd");
        String htpasswd = TestRequirements.program(WHY, "htpasswd");
        ApacheDavServer server = new ApacheDavServer(dir, freePort(), apache, htpasswd);
        server.configure(password);
        server.startProcess();
        return server;
    }

    /** Whether Apache, its mod_dav and htpasswd are installed (a class starts its server only then). */
    static boolean installed() {
        return TestRequirements.find("apache2", "httpd").isPresent() && TestRequirements.find("htpasswd").isPresent()
                && Files.isRegularFile(Path.of(MODULES, "mod_dav_fs.so"));
    }

    /** Skips the test with the reason (or fails it when all is required) unless {@link #installed()}. */
    static void require() {
        TestRequirements.program(WHY, "apache2", "httpd");
        TestRequirements.program(WHY, "htpasswd");
        TestRequirements.require(Files.isRegularFile(Path.of(MODULES, "mod_dav_fs.so")),
                "Apache's mod_dav in " + MODULES + " (" + WHY + ")");
    }

    /** {@code http://127.0.0.1:<port>/uploads/}. */
    String uploadsUrl() {
        return "http://127.0.0.1:" + port + "/uploads/";
    }

    int port() {
        return port;
    }

    /** The folder on disk behind {@link #uploadsUrl()}. */
    Path uploads() {
        return dir.resolve("www").resolve("uploads");
    }

    /** Empties the upload folder between tests. */
    void clearUploads() throws IOException {
        try (Stream<Path> walk = Files.walk(uploads())) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(uploads())) {
                    Files.delete(p);
                }
            }
        }
    }

    String errorLog() throws IOException {
        Path log = dir.resolve("error.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** Stops Apache; its port refuses connections until {@link #restart()}. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        process = null;
    }

    /** Starts Apache again on the same port. */
    void restart() throws IOException, InterruptedException {
        stop();
        startProcess();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void configure(String password) throws IOException, InterruptedException {
        Path www = dir.resolve("www");
        Path run = dir.resolve("run");
        Files.createDirectories(www.resolve("uploads"));
        Files.createDirectories(run);
        Path htpasswd = dir.resolve("htpasswd");
        Process p = new ProcessBuilder(this.htpasswd, "-c", "-B", "-i", htpasswd.toString(), USER)
                .redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(password.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("htpasswd failed: " + out);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            // Apache refuses to serve as root: its workers run as www-data, which must reach and write these
            for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(d);
                if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    perms.add(PosixFilePermission.OTHERS_EXECUTE);
                    Files.setPosixFilePermissions(d, perms);
                }
            }
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            try (Stream<Path> walk = Stream.concat(Files.walk(www), Files.walk(run))) {
                for (Path path : walk.toList()) {
                    Files.setOwner(path, users.lookupPrincipalByName("www-data"));
                }
            }
            Files.setPosixFilePermissions(htpasswd, PosixFilePermissions.fromString("rw-r--r--"));
        }
        String conf = String.join("\n", List.of(
                "ServerName 127.0.0.1",
                "Listen 127.0.0.1:" + port,
                "PidFile " + q(dir.resolve("httpd.pid")),
                "ErrorLog " + q(dir.resolve("error.log")),
                "LogLevel warn",
                "DefaultRuntimeDir " + q(run),
                "Mutex file:" + run + " default",
                module("mpm_event"), module("authz_core"), module("authn_core"), module("auth_basic"),
                module("authn_file"), module("authz_user"), module("dav"), module("dav_fs"),
                root ? "User www-data\nGroup www-data" : "",
                "StartServers 1",
                "ServerLimit 1",
                "ThreadsPerChild 16",
                "MinSpareThreads 1",
                "MaxSpareThreads 16",
                "MaxRequestWorkers 16",
                "KeepAliveTimeout 5",
                "DavLockDB " + q(run.resolve("davlock")),
                "DocumentRoot " + q(www),
                "<Directory " + q(www) + ">",
                "  DAV On",
                "  AuthType Basic",
                "  AuthName \"Newsdesk test\"",
                "  AuthBasicProvider file",
                "  AuthUserFile " + q(htpasswd),
                "  Require valid-user",
                "</Directory>",
                ""));
        Files.writeString(dir.resolve("httpd.conf"), conf, StandardCharsets.UTF_8);
    }

    private void startProcess() throws IOException, InterruptedException {
        process = new ProcessBuilder(apache, "-f", dir.resolve("httpd.conf").toString(), "-DFOREGROUND")
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        for (int i = 0; i < 200; i++) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apache stopped at once: " + Files.readString(dir.resolve("stdout.log"))
                        + errorLog());
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        stop();
        throw new IllegalStateException("Apache did not open port " + port + ": " + errorLog());
    }

    private static String module(String name) {
        return "LoadModule " + name + "_module " + MODULES + "/mod_" + name + ".so";
    }

    private static String q(Path p) {
        return "\"" + p.toAbsolutePath() + "\"";
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
