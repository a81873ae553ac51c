package org.newsdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;

/**
 * The store a command that only reads opens: the data folder's own, or, while the window holds the folder,
 * a copy of its database as the window last wrote it (thrown away afterwards). Commands that write are
 * still refused, with the message that another Newsdesk uses the folder.
 */
final class HeldFolderSnapshot implements AutoCloseable {

    private final Store store;
    /** The copy's folder, or null when the folder's own store is open. */
    private final Path copy;

    private HeldFolderSnapshot(Store store, Path copy) {
        this.store = store;
        this.copy = copy;
    }

    /**
     * Opens {@code folder}'s store for reading; when another Newsdesk holds it, a copy of its database.
     * A copy that cannot be read (taken in the middle of a write) gives the original refusal.
     */
    static HeldFolderSnapshot open(Path folder) {
        try {
            return new HeldFolderSnapshot(Store.openForReading(folder), null);
        } catch (StoreException held) {
            Path database = folder.resolve(Store.DATABASE_FILE);
            if (held.problem() != StoreException.Problem.LOCKED || !Files.isRegularFile(database)) {
                throw held;
            }
            Path copy = null;
            try {
                copy = Files.createTempDirectory("newsdesk-reading-");
                Files.copy(database, copy.resolve(Store.DATABASE_FILE), StandardCopyOption.COPY_ATTRIBUTES);
                return new HeldFolderSnapshot(Store.openForReading(copy), copy);
            } catch (IOException | RuntimeException e) {
                delete(copy);
                held.addSuppressed(e);
                throw held;
            }
        }
    }

    Store store() {
        return store;
    }

    /** Whether this is a copy of a database the window holds (what it had written when the command started). */
    boolean copied() {
        return copy != null;
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            delete(copy);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
