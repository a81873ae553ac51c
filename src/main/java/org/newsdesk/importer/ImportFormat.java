package org.newsdesk.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** What kind of file an import reads; AUTO decides from the name and the first bytes. */
public enum ImportFormat {
    AUTO, TEXT, DOCX, HTML;

    /** Parses a command-line value (auto, text, docx, html; any case). */
    public static ImportFormat parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * The format of a file: a zip is a .docx, markup is HTML, anything else text. The
     * bytes win over the name (a page saved as .txt with its markup is still HTML);
     * the name decides only what the bytes leave open.
     */
    static ImportFormat sniff(Path file, byte[] head) {
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return DOCX;
        }
        String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx")) {
            return DOCX;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || looksLikeMarkup(head)) {
            return HTML;
        }
        return TEXT;
    }

    private static boolean looksLikeMarkup(byte[] head) {
        int n = Math.min(head.length, 1024);
        String start = new String(head, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String trimmed = start.replace("\u00ef\u00bb\u00bf", "").stripLeading();
        return trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html") || trimmed.startsWith("<?xml")
                && start.contains("<html") || start.contains("<body") || start.contains("<head>");
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
