package org.newsdesk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The libraries that ship with Newsdesk and their licences (kept in {@code licences.tsv}). */
public final class BundledLibraries {

    private static final String RESOURCE = "/org/newsdesk/licences.tsv";

    private BundledLibraries() {
    }

    /**
     * One library.
     *
     * @param coordinates Maven group and artifact, {@code group:artifact}
     * @param name        the name people know it by
     * @param licence     its licence(s)
     */
    public record Library(String coordinates, String name, String licence) {
    }

    /** Every listed library, in the file's order (lines starting with # are comments). */
    public static List<Library> list() {
        try (InputStream in = BundledLibraries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            List<Library> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 3) {
                    throw new IllegalStateException(RESOURCE + ": expected three tab-separated columns: " + line);
                }
                out.add(new Library(parts[0].strip(), parts[1].strip(), parts[2].strip()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
