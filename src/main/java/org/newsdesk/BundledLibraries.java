package org.newsdesk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libraries that ship with Newsdesk, their versions (the build's dependency list, kept in
 * the jar as {@code runtime-libraries.txt}) and their licences (kept in {@code licences.tsv}).
 */
public final class BundledLibraries {

    private static final String RESOURCE = "/org/newsdesk/licences.tsv";
    private static final String VERSIONS = "/org/newsdesk/runtime-libraries.txt";
    /** "   group:artifact:jar[:classifier]:version:scope", possibly with terminal colours. */
    private static final Pattern DEPENDENCY =
            Pattern.compile("^\\s+([\\w.\\-]+):([\\w.\\-]+):jar:(?:[\\w.\\-]+:)?([\\w.\\-]+):(?:compile|runtime)\\b");

    /** Newsdesk's own licence (the {@code LICENSE} file). */
    public static final String OWN_LICENCE = "Apache-2.0";
    private static final Pattern LICENCE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9.\\-]*[0-9]+(?:\\.[0-9])?(?:-[A-Za-z]+)*|MIT");

    private BundledLibraries() {
    }

    /**
     * What to read about {@code licence} (e.g. "EPL-1.0 or LGPL-2.1"): for each licence named, a
     * link to its full text and, for the short permissive ones and Apache-2.0, the text itself.
     */
    public static String licenceText(String licence) {
        StringBuilder b = new StringBuilder();
        Matcher m = LICENCE_ID.matcher(licence);
        while (m.find()) {
            String id = m.group();
            boolean classpath = licence.contains(id + " with Classpath Exception");
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            b.append(classpath ? id + " with Classpath Exception: https://openjdk.org/legal/gplv2+ce.html"
                    : id + ": https://spdx.org/licenses/" + id + ".html");
            try (InputStream in = BundledLibraries.class.getResourceAsStream("/org/newsdesk/licences/" + id + ".txt")) {
                if (in != null) {
                    b.append("\n\n").append(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b.toString();
    }

    /**
     * One library.
     *
     * @param coordinates Maven group and artifact, {@code group:artifact}
     * @param name        the name people know it by
     * @param licence     its licence(s), SPDX identifiers joined by "or" / "with"
     * @param version     the version shipped, empty when the build did not say
     */
    public record Library(String coordinates, String name, String licence, String version) {
    }

    /** Every listed library, in the file's order (lines starting with # are comments). */
    public static List<Library> list() {
        Map<String, String> versions = versions();
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
                out.add(new Library(parts[0].strip(), parts[1].strip(), parts[2].strip(),
                        versions.getOrDefault(parts[0].strip(), "")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each shipped library's version by {@code group:artifact}; empty when the list is not in the build. */
    static Map<String, String> versions() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = BundledLibraries.class.getResourceAsStream(VERSIONS)) {
            if (in == null) {
                return out;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                Matcher m = DEPENDENCY.matcher(line.replaceAll("\u001B\\[[0-9;]*m", ""));
                if (m.find()) {
                    out.put(m.group(1) + ":" + m.group(2), m.group(3));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
