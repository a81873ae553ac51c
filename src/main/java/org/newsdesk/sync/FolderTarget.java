package org.newsdesk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.newsdesk.sync.DeliveryProblem.Code;

/**
 * A local or mounted folder the portal reads from: a bundle becomes
 * {@code <folder>/<slug>/r<revision>/} (index.html, assets/, article.json and a
 * {@value #SHA_FILE} file naming the zip it came from). It is unpacked into a hidden folder
 * beside that name and renamed into place, so the portal never sees half a bundle.
 */
public final class FolderTarget implements DeliveryTarget {

    public static final String SHA_FILE = ".newsdesk-sha256";
    private static final Pattern REVISION_FOLDER = Pattern.compile("r(\\d+)");
    private static final Pattern SAFE_PART = Pattern.compile("[\\p{L}\\p{N}._-]+");

    private final String name;
    private final Path folder;

    public FolderTarget(String name, Path folder) {
        this.name = name;
        this.folder = folder;
    }

    public static FolderTarget create(TargetSettings settings) {
        return new FolderTarget(settings.name(), Path.of(settings.location().strip()));
    }

    @Override
    public String name() {
        return name;
    }

    /** Where a delivered bundle lives. */
    public Path bundleFolder(Delivery delivery) {
        return folder.resolve(delivery.slug()).resolve("r" + delivery.revision());
    }

    @Override
    public DeliveryOutcome deliver(Delivery delivery) {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder)
                    ? new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, problem(Code.FOLDER_IS_FILE, folder))
                    : new DeliveryOutcome.Retry(problem(Code.FOLDER_MISSING, folder), null);
        }
        if (!SAFE_PART.matcher(delivery.slug()).matches() || delivery.slug().startsWith(".")) {
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, problem(Code.FOLDER_UNSAFE_SLUG, delivery.slug()));
        }
        Path storyFolder = folder.resolve(delivery.slug());
        Path target = bundleFolder(delivery);
        Path part = storyFolder.resolve(".r" + delivery.revision() + "." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(storyFolder);
            Integer newer = newestRevision(storyFolder);
            if (newer != null && newer > delivery.revision()) {
                return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.CONFLICT,
                        problem(Code.FOLDER_NEWER_REVISION, storyFolder, newer));
            }
            if (holds(target, delivery.sha256())) {
                return new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.FOLDER_ALREADY_THERE, target));
            }
            Files.createDirectory(part);
            unzip(delivery.zip(), part);
            Files.writeString(part.resolve(SHA_FILE), delivery.sha256() + "\n", StandardCharsets.US_ASCII);
            replace(part, target);
            return new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.FOLDER_WRITTEN, target));
        } catch (NoSuchFileException e) {
            deleteQuietly(part);
            return delivery.zip().toString().equals(e.getFile())
                    ? new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED,
                            problem(Code.BUNDLE_MISSING, delivery.zip()))
                    : new DeliveryOutcome.Retry(problem(Code.FOLDER_WENT_AWAY, folder), null);
        } catch (UnsafeBundle e) {
            deleteQuietly(part);
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, problem(Code.FOLDER_UNSAFE_BUNDLE, e.getMessage()));
        } catch (AccessDeniedException e) {
            deleteQuietly(part);
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, problem(Code.FOLDER_NO_PERMISSION, folder));
        } catch (IOException e) {
            deleteQuietly(part);
            String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
            String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
            if (lower.contains("read-only")) {
                return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, problem(Code.FOLDER_READ_ONLY, folder));
            }
            if (lower.contains("not permitted") || lower.contains("permission denied")) {
                return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, problem(Code.FOLDER_NO_PERMISSION, folder));
            }
            return new DeliveryOutcome.Retry(problem(Code.FOLDER_WRITE_FAILED, folder, reason), null);
        }
    }

    private static DeliveryProblem problem(Code code, Object... args) {
        return DeliveryProblem.of(code, args);
    }

    private static boolean holds(Path target, String sha256) throws IOException {
        Path sha = target.resolve(SHA_FILE);
        return Files.isRegularFile(sha) && Files.readString(sha, StandardCharsets.US_ASCII).strip().equals(sha256);
    }

    private static Integer newestRevision(Path storyFolder) throws IOException {
        Integer newest = null;
        try (DirectoryStream<Path> children = Files.newDirectoryStream(storyFolder)) {
            for (Path child : children) {
                Matcher m = REVISION_FOLDER.matcher(child.getFileName().toString());
                if (m.matches() && Files.isDirectory(child)) {
                    int n = Integer.parseInt(m.group(1));
                    newest = newest == null ? n : Math.max(newest, n);
                }
            }
        }
        return newest;
    }

    /** Unpacks the zip, refusing any entry that would land outside {@code into}. */
    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path file = into;
                for (String piece : e.getName().split("/")) {
                    if (!SAFE_PART.matcher(piece).matches() || piece.equals("..") || piece.equals(".")) {
                        throw new UnsafeBundle("unsafe name in bundle: " + e.getName());
                    }
                    file = file.resolve(piece);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file);
                }
            }
        }
    }

    /** Moves {@code part} to {@code target}; an older copy there is moved aside first and then deleted. */
    private static void replace(Path part, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".old");
            move(target, old);
        }
        move(part, target);
        if (old != null) {
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a hidden leftover is harmless; the delivery's own outcome is what matters
        }
    }

    /** A zip entry that would land outside the bundle folder. */
    private static final class UnsafeBundle extends IOException {
        private static final long serialVersionUID = 1L;

        UnsafeBundle(String message) {
            super(message);
        }
    }
}
