package org.newsdesk.credentials;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsdesk.TestRequirements;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A private D-Bus session with GNOME Keyring's Secret Service in it, in the test's
 * folder: {@code dbus-daemon} on its own socket and {@code gnome-keyring-daemon}
 * started unlocked, both stopped by {@link #close()}. Without those programs (and
 * {@code secret-tool}) the test is skipped with the reason ({@link TestRequirements}).
 */
final class KeyringSession implements AutoCloseable {

    private final Process bus;
    private final Process keyring;
    private final Map<String, String> environment;

    private KeyringSession(Process bus, Process keyring, Map<String, String> environment) {
        this.bus = bus;
        this.keyring = keyring;
        this.environment = environment;
    }

    /**
     * Starts a session in a fresh folder under {@code dir}; a session that does not come up (its
     * daemons' logs are in the error) is stopped and started again, at most three times.
     */
    static KeyringSession start(Path dir) throws IOException, InterruptedException {
        TestRequirements.programs("a private GNOME Keyring session; apt-get install dbus-daemon gnome-keyring libsecret-tools",
                "dbus-daemon", "gnome-keyring-daemon", "secret-tool");
        IOException last = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            Path folder = Files.createDirectories(dir.resolve("keyring-" + attempt));
            try {
                return startOnce(folder);
            } catch (IOException e) {
                last = new IOException(e.getMessage() + " (attempt " + attempt + "); keyring.log: "
                        + logOf(folder.resolve("keyring.log")) + "; dbus.log: " + logOf(folder.resolve("dbus.log")), e);
            }
        }
        throw last;
    }

    private static String logOf(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log).strip() : "(none)";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    private static KeyringSession startOnce(Path dir) throws IOException, InterruptedException {
        Path socket = dir.resolve("bus");
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        String address = "unix:path=" + socket;
        Process bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--address=" + address)
                .redirectErrorStream(true).redirectOutput(dir.resolve("dbus.log").toFile()).start();
        try {
            waitFor(() -> Files.exists(socket) || !bus.isAlive());
        } catch (IOException e) {
            bus.destroyForcibly();
            throw e;
        }
        Map<String, String> env = Map.of("DBUS_SESSION_BUS_ADDRESS", address,
                "HOME", Files.createDirectories(dir.resolve("home")).toString(),
                "XDG_DATA_HOME", Files.createDirectories(dir.resolve("data")).toString(),
                "XDG_RUNTIME_DIR", runtime.toString());
        ProcessBuilder daemon = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets")
                .redirectErrorStream(true).redirectOutput(dir.resolve("keyring.log").toFile());
        daemon.environment().putAll(env);
        Process keyring = daemon.start();
        try (OutputStream in = keyring.getOutputStream()) {
            in.write("login keyring password".getBytes(StandardCharsets.UTF_8));
        }
        KeyringSession session = new KeyringSession(bus, keyring, env);
        // a look-up answers before the daemon has made its login collection, and a store asked that early
        // starts a prompt nobody answers: wait for the collection's file, then until a secret can be kept
        Path loginKeyring = dir.resolve("data").resolve("keyrings").resolve("login.keyring");
        try {
            waitFor(() -> Files.exists(loginKeyring) || !keyring.isAlive());
            waitFor(() -> storesAProbe(env) || !keyring.isAlive());
        } catch (IOException e) {
            session.close();
            throw e;
        }
        return session;
    }

    private static boolean storesAProbe(Map<String, String> env) {
        ToolRun.Result stored = ToolRun.run(List.of("secret-tool", "store", "--label=probe", "service", "newsdesk-test-probe"),
                env, "ready".getBytes(StandardCharsets.UTF_8), 10);
        if (stored.exit() != 0) {
            return false;
        }
        ToolRun.run(List.of("secret-tool", "clear", "service", "newsdesk-test-probe"), env, null, 10);
        return true;
    }

    private static void waitFor(Callable<Boolean> ready) throws IOException {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, ready);
        } catch (TimeoutException e) {
            throw new IOException("the private keyring session did not come up", e);
        }
    }

    /** The variables that lead secret-tool to this session. */
    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : new Process[] {keyring, bus}) {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }
}
