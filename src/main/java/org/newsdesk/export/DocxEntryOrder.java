package org.newsdesk.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The order of the parts inside a .docx, as desktops recognise it: the file type detection of
 * Linux desktops (libmagic, {@code xdg-mime query filetype}) calls a zip a Word document only when
 * the document's {@code word/} parts come among its first entries. POI writes the package
 * properties ({@code docProps/}) first, so its files were plain {@code application/octet-stream}
 * and "open with Newsdesk" (or with a word processor) did not apply to them.
 */
final class DocxEntryOrder {

    private static final List<String> FIRST = List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml");

    private DocxEntryOrder() {
    }

    /** The same package with {@link #FIRST} at its start, then the other {@code word/} parts, then the rest. */
    static byte[] wordPartsFirst(byte[] docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                parts.put(entry.getName(), in.readAllBytes());
            }
            List<String> names = new ArrayList<>(parts.keySet());
            names.sort(Comparator.comparingInt(DocxEntryOrder::rank));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(docx.length);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (String name : names) {
                    out.putNextEntry(new ZipEntry(name));
                    out.write(parts.get(name));
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int rank(String name) {
        int first = FIRST.indexOf(name);
        if (first >= 0) {
            return first;
        }
        return name.startsWith("word/") ? FIRST.size() : FIRST.size() + 1;
    }
}
