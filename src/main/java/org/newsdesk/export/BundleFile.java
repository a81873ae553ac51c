package org.newsdesk.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file of a bundle: its path inside the bundle ({@code index.html},
 * {@code assets/newsdesk-article.css}) and its bytes.
 */
public record BundleFile(String path, byte[] bytes) {

    public BundleFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }

    public static BundleFile text(String path, String text) {
        return new BundleFile(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public String sha256() {
        return sha256(bytes);
    }

    public static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public String contentType() {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        if (p.endsWith(".html")) {
            return "text/html";
        } else if (p.endsWith(".css")) {
            return "text/css";
        } else if (p.endsWith(".js")) {
            return "text/javascript";
        } else if (p.endsWith(".json")) {
            return "application/json";
        } else if (p.endsWith(".png")) {
            return "image/png";
        } else if (p.endsWith(".jpg") || p.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (p.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (p.endsWith(".woff2")) {
            return "font/woff2";
        }
        return "application/octet-stream";
    }
}
