package org.newsdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Empty stores for tests, made by copying a store file migrated once per test JVM: opening an
 * up-to-date file skips the migrations, which otherwise cost each fresh store about a third of a
 * second of CPU. For tests that only need an empty store, not for tests of migration, damaged
 * files, locking or full disks (those must make their files the way a user's folder gets them).
 */
public final class TestStores {

    private static Path template;

    private TestStores() {
    }

    /**
     * Puts an empty store, migrated to this build's schema, into {@code folder} (made if missing)
     * unless it holds a store already, and returns the folder: open it as the code under test does.
     */
    public static Path emptyIn(Path folder) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(Store.DATABASE_FILE);
            if (!Files.exists(file)) {
                Files.copy(template().resolve(Store.DATABASE_FILE), file);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The store in {@code folder}, made as an empty one if there is none yet (the caller closes it). */
    public static Store fresh(Path folder) {
        return Store.open(emptyIn(folder));
    }

    /** As {@link #fresh(Path)}, the store telling time by {@code clock}. */
    public static Store fresh(Path folder, Clock clock) {
        return Store.open(emptyIn(folder), clock);
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path folder = Files.createTempDirectory("newsdesk-empty-store");
            Store.open(folder).close();
            folder.toFile().deleteOnExit();
            try (var files = Files.list(folder)) {
                files.forEach(f -> f.toFile().deleteOnExit());
            }
            template = folder;
        }
        return template;
    }
}
