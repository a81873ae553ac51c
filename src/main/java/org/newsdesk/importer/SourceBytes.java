package org.newsdesk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads a text or HTML file whole, refusing empty, oversized and binary files first. */
final class SourceBytes {

    private static final int CHUNK = 1 << 20;

    private SourceBytes() {
    }

    /**
     * Refuses at once what is not a regular file: a named pipe (FIFO) would block the import
     * until something writes to it, a device or socket never ends. Reads no bytes.
     */
    static void requireRegularFile(Path file) {
        java.nio.file.attribute.BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, "no such file", e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, why(e), e);
        }
        if (attributes.isDirectory()) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, "a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, kindOf(file)
                    + ", not a regular file: save its content to a file and import that");
        }
    }

    /** What a non-regular file is, in words (Linux and macOS know its mode; elsewhere "a special file"). */
    private static String kindOf(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode");
            return switch (mode & 0xF000) {
                case 0x1000 -> "a named pipe (FIFO)";
                case 0x2000 -> "a character device";
                case 0x6000 -> "a block device";
                case 0xC000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    /** The system's reason, never "null" (e.g. "Input/output error" for /proc/self/mem). */
    private static String why(IOException e) {
        String m = e.getMessage();
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
        return "the system refused to read it: " + reason;
    }

    static byte[] read(Path file, long limit, ImportProgress progress) {
        requireRegularFile(file);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, "no such file", e);
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, e.getMessage(), e);
        }
        if (Files.isDirectory(file)) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, "a folder, not a file");
        }
        if (size > limit) {
            throw tooLarge(file, limit);
        }
        // the size may change or lie (a pipe, a growing file): never read past the limit
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[(int) Math.min(Math.max(size, 16), limit + 1)];
            int filled = 0;
            while (true) {
                if (filled == buffer.length) {
                    if (buffer.length > limit) {
                        throw tooLarge(file, limit);
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1, (long) buffer.length * 2));
                }
                int n = in.read(buffer, filled, Math.min(CHUNK, buffer.length - filled));
                if (n < 0) {
                    break;
                }
                filled += n;
                if (progress.isCancelled()) {
                    throw new ImportException(ImportException.Problem.CANCELLED, file, "");
                }
                progress.update(filled, Math.max(size, filled) * 3L);
            }
            if (filled > limit) {
                throw tooLarge(file, limit);
            }
            return filled == buffer.length ? buffer : Arrays.copyOf(buffer, filled);
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, why(e), e);
        }
    }

    static ImportException tooLarge(Path file, long limit) {
        return new ImportException(ImportException.Problem.TOO_LARGE, file, (limit / (1024 * 1024)) + " MB");
    }

    /**
     * Refuses bytes that are not text: known magic numbers of images, archives, PDFs and
     * programs; NUL bytes (text in UTF-16 comes with a byte order mark, see
     * {@link EncodingDetector}); or many control characters.
     */
    static void requireText(Path file, byte[] bytes) {
        requireText(file, bytes, null);
    }

    /**
     * As {@link #requireText(Path, byte[])}; an encoding the editor chose ({@code chosen}, null
     * for none) is honoured: UTF-16 and UTF-32 have NUL bytes in ordinary text. UTF-16 without a
     * byte order mark is recognised by its NUL bytes all falling on one side of each pair.
     */
    static void requireText(Path file, byte[] bytes, java.nio.charset.Charset chosen) {
        if (bytes.length == 0) {
            throw new ImportException(ImportException.Problem.EMPTY, file, "");
        }
        if (EncodingDetector.bomCharset(bytes) != null && EncodingDetector.bomCharset(bytes).name().startsWith("UTF-16")) {
            return;
        }
        if (chosen != null && (chosen.name().startsWith("UTF-16") || chosen.name().startsWith("UTF-32"))) {
            return;
        }
        if (EncodingDetector.utf16ByNuls(bytes) != null) {
            return;
        }
        String kind = magic(bytes);
        if (kind != null) {
            throw new ImportException(ImportException.Problem.BINARY, file, kind);
        }
        int n = Math.min(bytes.length, 64 * 1024);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ImportException(ImportException.Problem.BINARY, file, "NUL bytes");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        if (controls > 8 && controls * 100 > n) {
            throw new ImportException(ImportException.Problem.BINARY, file, "control characters");
        }
    }

    private static String magic(byte[] b) {
        if (ImportFormat.startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (ImportFormat.startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (ImportFormat.startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (ImportFormat.startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (ImportFormat.startsWith(b, 'P', 'K', 0x03, 0x04)) {
            return "zip archive";
        }
        if (ImportFormat.startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "old Office document (.doc)";
        }
        if (ImportFormat.startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "program";
        }
        if (ImportFormat.startsWith(b, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        return null;
    }
}
