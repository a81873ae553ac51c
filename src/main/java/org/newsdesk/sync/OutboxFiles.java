package org.newsdesk.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.newsdesk.export.ExportException;

/**
 * The exported zips the outbox points at: {@code <data folder>/outbox/<sha256>.zip}. A zip is
 * written beside its final name and renamed into place when complete, so a full disk or a
 * crash never leaves half a bundle under a real name.
 */
public final class OutboxFiles {

    public static final String FOLDER = "outbox";
    private final Path folder;

    public OutboxFiles(Path dataFolder) {
        this.folder = dataFolder.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    public Path zip(String sha256) {
        return folder.resolve(sha256 + ".zip");
    }

    /** The file a zip is written to before it is renamed into place. */
    Path partial(String sha256) {
        return folder.resolve("." + sha256 + ".zip.part");
    }

    /**
     * Keeps {@code bytes} (whose SHA-256 is {@code sha256}) as the outbox's zip; a zip already
     * there is the same bundle and is kept.
     *
     * @throws ExportException DISK_FULL or FOLDER_NOT_WRITABLE, with nothing left behind
     */
    public synchronized Path save(String sha256, byte[] bytes) {
        Path target = zip(sha256);
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path part = partial(sha256);
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target);
            }
            return target;
        } catch (IOException e) {
            deleteQuietly(part);
            throw failure(e, target);
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // the write failure is what the editor needs to hear about
        }
    }

    private static ExportException failure(IOException e, Path target) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota") || lower.contains("not enough space")) {
            return new ExportException(ExportException.Problem.DISK_FULL, target, "The disk is full: " + target, e);
        }
        if (e instanceof AccessDeniedException) {
            return new ExportException(ExportException.Problem.FOLDER_NOT_WRITABLE, target,
                    "No permission to write " + target, e);
        }
        return new ExportException(ExportException.Problem.FOLDER_NOT_WRITABLE, target,
                "Cannot write " + target + ": " + reason, e);
    }
}
