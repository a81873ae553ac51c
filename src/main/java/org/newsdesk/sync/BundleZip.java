package org.newsdesk.sync;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An exported bundle zip opened for delivery: its files in path order with their
 * SHA-256 (computed by streaming each entry once), the folders they need, and the
 * manifest {@code article.json} (small, kept in memory). Entries are read again from
 * the zip when sent, never held in memory.
 */
final class BundleZip implements Closeable {

    static final String MANIFEST = "article.json";
    private static final Pattern SAFE_PART = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    /** One file of the bundle, {@code path} relative to the bundle's folder. */
    record File(String path, long size, String sha256, String contentType) {
    }

    private final ZipFile zip;
    private final List<File> files;
    private final byte[] manifest;

    private BundleZip(ZipFile zip, List<File> files, byte[] manifest) {
        this.zip = zip;
        this.files = files;
        this.manifest = manifest;
    }

    /**
     * Opens and checks a bundle zip.
     *
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException if it is no bundle: no manifest, or a file name that is not plain
     */
    static BundleZip open(Path path) throws IOException {
        ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        try {
            List<File> files = new ArrayList<>();
            byte[] manifest = null;
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.isDirectory()) {
                    continue;
                }
                requireSafe(e.getName());
                if (e.getName().equals(MANIFEST)) {
                    try (InputStream in = zip.getInputStream(e)) {
                        manifest = in.readAllBytes();
                    }
                }
                files.add(measure(zip, e));
            }
            if (manifest == null) {
                throw new IllegalArgumentException("the zip holds no " + MANIFEST);
            }
            files.sort((a, b) -> a.path().compareTo(b.path()));
            return new BundleZip(zip, List.copyOf(files), manifest);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Every file, the manifest included, in path order. */
    List<File> files() {
        return files;
    }

    byte[] manifest() {
        return manifest.clone();
    }

    /** The folders below the bundle's own that its files need, parents first ({@code assets/}). */
    List<String> folders() {
        TreeSet<String> folders = new TreeSet<>();
        for (File f : files) {
            int slash = f.path().indexOf('/');
            while (slash > 0) {
                folders.add(f.path().substring(0, slash + 1));
                slash = f.path().indexOf('/', slash + 1);
            }
        }
        return new ArrayList<>(folders);
    }

    /** A fresh stream of one file's bytes. */
    InputStream open(File f) {
        try {
            return zip.getInputStream(zip.getEntry(f.path()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256Hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Size and SHA-256 from the bytes themselves, not from what the zip's directory claims. */
    private static File measure(ZipFile zip, ZipEntry e) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        try (InputStream in = zip.getInputStream(e)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new File(e.getName(), size, sha256Hex(digest.digest()), contentType(e.getName()));
    }

    private static void requireSafe(String path) {
        for (String part : path.split("/", -1)) {
            if (!SAFE_PART.matcher(part).matches()) {
                throw new IllegalArgumentException("unsafe file name in the bundle: " + path.replaceAll("\\p{Cntrl}", "?"));
            }
        }
    }

    private static String contentType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        String ext = p.substring(p.lastIndexOf('.') + 1);
        return switch (ext) {
            case "html", "htm" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "svg" -> "image/svg+xml";
            case "webp" -> "image/webp";
            case "woff2" -> "font/woff2";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }
}
