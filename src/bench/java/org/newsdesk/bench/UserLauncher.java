package org.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The launcher a user runs ({@code bin/newsdesk}) on this checkout's jar ({@code target/newsdesk.jar}),
 * with this JVM's java and a cache folder of its own, so its first run of each kind makes the
 * class-data archive the later runs use.
 */
final class UserLauncher implements AutoCloseable {

    private final Path jar;
    private final Path cache;

    private UserLauncher(Path jar, Path cache) {
        this.jar = jar;
        this.cache = cache;
    }

    /** The launcher over the built jar, or empty when the jar is not built. */
    static Optional<UserLauncher> ofCheckout() throws IOException {
        Path jar = Path.of("target", "newsdesk.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        return Optional.of(new UserLauncher(jar, Files.createTempDirectory("newsdesk-launcher-cache")));
    }

    Path jar() {
        return jar;
    }

    /** The launcher run on {@code data} with {@code args}, as a command line. */
    List<String> command(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("env", "XDG_CACHE_HOME=" + cache, "NEWSDESK_JAR=" + jar,
                "JAVA_HOME=" + System.getProperty("java.home"), Path.of("bin", "newsdesk").toAbsolutePath().toString(),
                "--data-dir", data.toString()));
        all.addAll(Arrays.asList(args));
        return all;
    }

    @Override
    public void close() throws IOException {
        WholeProcess.delete(cache);
    }
}
