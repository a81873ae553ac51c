package org.newsdesk.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private D-Bus session with GNOME Keyring's Secret Service in it, in the test's
 * folder: {@code dbus-daemon} on its own socket and {@code gnome-keyring-daemon}
 * started unlocked, both stopped by {@link #close()}.
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

    static KeyringSession start(Path dir) throws IOException, InterruptedException {
        Path socket = dir.resolve("bus");
        Path runtime = Files.createDirectories(dir.resolve("run"));
        Files.setPosixFilePermissions(runtime, PosixFilePermissions.fromString("rwx------"));
        String address = "unix:path=" + socket;
        Process bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--nopidfile", "--address=" + address)
                .redirectErrorStream(true).redirectOutput(dir.resolve("dbus.log").toFile()).start();
        for (int i = 0; i < 200 && !Files.exists(socket); i++) {
            Thread.sleep(25);
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
        SecretServiceCredentialStore store = new SecretServiceCredentialStore("secret-tool", env);
        for (int i = 0; i < 100 && !store.isAvailable(); i++) {
            Thread.sleep(50);
        }
        return session;
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
