package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Any accepted file up to the 50 MB limit imports into a real store in a JVM whose heap is
 * capped at 512 MB, and the story it makes can be shown in the same heap: a child JVM
 * ({@link ImportMemoryProbe}) generates the file, imports it with the command line and
 * prints it with {@code show}. The store grows in proportion to the file, and a million
 * one-word lines do not become a million paragraphs. Figures go to the test's output.
 */
class ImportMemoryTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, {1} bytes")
    @CsvSource({
        // kind, file bytes, most store bytes per file byte, most paragraphs shown (lines printed)
        "SHORT_LINES, 10000000, 4, 40000",
        "SINGLE_LINE, 10000000, 4, 40000",
        "TRANSCRIPT, 10000000, 4, 40000",
        "SHORT_LINES, 52000000, 4, 200000",
        "TRANSCRIPT, 52000000, 4, 200000",
        "SINGLE_LINE, 52000000, 4, 200000",
    })
    void importsAndShowsWithinA512MbHeap(ImportMemoryProbe.Kind kind, long bytes, int storePerFileByte,
                                         int mostLines) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path file = dir.resolve(kind.name().toLowerCase(java.util.Locale.ROOT) + ".txt");
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                ImportMemoryProbe.class.getName(), kind.name(), String.valueOf(bytes), data.toString(), file.toString()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            // no time limit: a loaded machine is slow, and a hang shows as the build's own time-out
            child.waitFor();
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        Map<String, String> figures = figures(out);
        System.out.println("[import-memory] " + kind + " " + bytes + ": " + figures);
        assertThat(child.exitValue()).as("child exit; stderr: %s", tail(err)).isZero();
        assertThat(figures).as(tail(err)).containsKey("DONE");
        assertThat(figures.get("SHOW_EXIT")).isEqualTo("0");

        long fileBytes = Long.parseLong(figures.get("FILE_BYTES"));
        long storeBytes = Long.parseLong(figures.get("STORE_BYTES"));
        assertThat(storeBytes).as("store bytes for a %d MB file", fileBytes / MB)
                .isLessThanOrEqualTo(storePerFileByte * fileBytes);
        long shownLines = Long.parseLong(figures.get("SHOWN_LINES"));
        assertThat(shownLines).as("lines show printed").isLessThanOrEqualTo(mostLines).isGreaterThan(10);
        // every character of the file comes back: show prints all the text (labels once per turn)
        long shownChars = Long.parseLong(figures.get("SHOWN_CHARS"));
        long fileChars = charCount(file);
        assertThat(shownChars).as("characters shown of %d in the file", fileChars).isGreaterThan(fileChars * 6 / 10);
    }

    /** The file's length in chars, read in pieces: this test's own JVM shares its heap with the whole suite. */
    private static long charCount(Path file) throws IOException {
        long count = 0;
        char[] buffer = new char[64 * 1024];
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
            }
        }
        return count;
    }

    private static Map<String, String> figures(Path out) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            int space = line.indexOf(' ');
            m.put(space < 0 ? line : line.substring(0, space), space < 0 ? "" : line.substring(space + 1));
        }
        return m;
    }

    private static String tail(Path err) throws IOException {
        String s = Files.readString(err, StandardCharsets.UTF_8);
        return s.length() > 3000 ? s.substring(s.length() - 3000) : s;
    }
}
