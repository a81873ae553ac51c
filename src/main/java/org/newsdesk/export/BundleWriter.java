package org.newsdesk.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle as a folder or a zip, byte for byte the same every time: zip entries
 * in path order, every entry dated 2000-01-01 00:00 (local DOS time, no zone), one compression
 * level, no extra fields, no comment. A bundle's zip therefore has one SHA-256.
 *
 * <p>The entry time is a constant, not the revision's time, so that the zip depends on
 * the files alone. It is 2000-01-01 00:00 rather than the DOS epoch 1980-01-01 00:00:
 * the JDK treats that exact value as "before 1980" and adds an extended-timestamp extra
 * field computed in the machine's time zone, which made zips differ between zones.
 *
 * <p>Both are written next to their final place and moved there when complete, so an
 * interrupted export never leaves half a bundle under the real name.
 */
public final class BundleWriter {

    static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    static final int COMPRESSION_LEVEL = Deflater.DEFAULT_COMPRESSION;

    /** Writes {@code <outDir>/<name>/}, replacing an earlier export of the same name. */
    public Path writeFolder(ExportBundle bundle, Path outDir) {
        prepare(outDir);
        Path target = BundlePaths.inside(outDir, bundle.name());
        Path temp = null;
        try {
            temp = SiblingTemp.folder(target.getParent(), "." + bundle.name() + ".");
            for (BundleFile f : bundle.files()) {
                Path file = fileInside(temp, f.path());
                Files.createDirectories(file.getParent());
                Files.write(file, f.bytes());
            }
            if (Files.exists(target)) {
                if (!Files.isDirectory(target) || !Files.isRegularFile(target.resolve(ManifestWriter.FILE_NAME))) {
                    throw new ExportException(ExportException.Problem.TARGET_EXISTS, target,
                            target + " exists and is not a Newsdesk bundle");
                }
                deleteTree(target);
            }
            move(temp, target);
            temp = null;
            return target;
        } catch (IOException e) {
            throw failure(e, target);
        } finally {
            if (temp != null) {
                try {
                    deleteTree(temp);
                } catch (IOException ignored) {
                    // the failure being reported matters more than a leftover hidden folder
                }
            }
        }
    }

    /** Writes {@code <outDir>/<name>.zip}, replacing an earlier one. */
    public Path writeZip(ExportBundle bundle, Path outDir) {
        return writeZip(bundle, outDir, zipBytes(bundle));
    }

    /** As {@link #writeZip(ExportBundle, Path)} with the zip already made by {@link #zipBytes}. */
    public Path writeZip(ExportBundle bundle, Path outDir, byte[] zipBytes) {
        prepare(outDir);
        Path target = BundlePaths.inside(outDir, bundle.name() + ".zip");
        if (Files.isDirectory(target)) {
            throw new ExportException(ExportException.Problem.TARGET_EXISTS, target, target + " is a folder");
        }
        Path temp = null;
        try {
            temp = SiblingTemp.file(target.getParent(), "." + bundle.name() + ".", ".zip.tmp");
            Files.write(temp, zipBytes);
            move(temp, target);
            temp = null;
            return target;
        } catch (IOException e) {
            throw failure(e, target);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // as above
                }
            }
        }
    }

    /** The zip's bytes: the files at its root, in path order. */
    public static byte[] zipBytes(ExportBundle bundle) {
        int estimate = 0;
        for (BundleFile f : bundle.files()) {
            estimate += f.bytes().length / 3 + 128;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(estimate);
        try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
            zip.setLevel(COMPRESSION_LEVEL);
            zip.setMethod(ZipOutputStream.DEFLATED);
            for (BundleFile f : bundle.files()) {
                ZipEntry entry = new ZipEntry(f.path());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(f.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return buffer.toByteArray();
    }

    private static void prepare(Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException | SecurityException e) {
            throw new ExportException(ExportException.Problem.FOLDER_NOT_WRITABLE, outDir,
                    "The folder " + outDir + " cannot be created", e);
        }
        if (!Files.isDirectory(outDir) || !Files.isWritable(outDir)) {
            throw new ExportException(ExportException.Problem.FOLDER_NOT_WRITABLE, outDir,
                    "The folder " + outDir + " cannot be written");
        }
    }

    /** A bundle path (a/b.css) inside {@code root}, refused if any part of it could climb out. */
    private static Path fileInside(Path root, String bundlePath) {
        Path file = root;
        for (String part : bundlePath.split("/")) {
            if (!BundlePaths.isSafeFileName(part)) {
                throw new ExportException(ExportException.Problem.UNSAFE_SLUG, root, "unsafe file name in bundle: " + bundlePath);
            }
            file = file.resolve(part);
        }
        return file;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ExportException failure(IOException e, Path target) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (reason != null && (reason.toLowerCase(Locale.ROOT).contains("no space left")
                || reason.toLowerCase(Locale.ROOT).contains("disk quota"))) {
            return new ExportException(ExportException.Problem.DISK_FULL, target, "The disk is full: " + target, e);
        }
        if (e instanceof AccessDeniedException) {
            return new ExportException(ExportException.Problem.FOLDER_NOT_WRITABLE, target,
                    "No permission to write " + target, e);
        }
        return new ExportException(ExportException.Problem.FOLDER_NOT_WRITABLE, target,
                "Cannot write " + target + ": " + reason, e);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
