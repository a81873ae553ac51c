package org.newsdesk.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an import read, to notice when the same thing is imported again: the SHA-256 of its
 * bytes, and its web address (the address it was read from, or the one the page shows).
 *
 * @param contentHash 64 lower-case hex digits
 * @param address     a web address, or empty
 */
public record ImportOrigin(String contentHash, String address) {

    public ImportOrigin {
        address = address == null ? "" : address;
    }

    /** A file, and the address its page shows (from the preview), if any. */
    public static ImportOrigin ofFile(Path file, ImportPreview preview) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest sees every byte
            }
            String hash = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new ImportOrigin(hash, preview == null ? "" : preview.url());
        } catch (IOException e) {
            throw new ImportException(ImportException.Problem.NOT_READABLE, file, e.getMessage(), e);
        }
    }

    /** A page read from the web: the address asked for counts (redirects may change). */
    public static ImportOrigin ofPage(PageFetcher.Page page) {
        return new ImportOrigin(HexFormat.of().formatHex(sha256().digest(page.bytes())), page.requested());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
