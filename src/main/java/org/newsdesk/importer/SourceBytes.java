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

    static byte[] read(Path file, long limit, ImportProgress progress) {
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
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, e.getMessage(), e);
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
        if (bytes.length == 0) {
            throw new ImportException(ImportException.Problem.EMPTY, file, "");
        }
        if (EncodingDetector.bomCharset(bytes) != null && EncodingDetector.bomCharset(bytes).name().startsWith("UTF-16")) {
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
