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
import org.newsdesk.ChildJvm;
import org.newsdesk.store.TestStores;

/**
 * Any accepted file up to the 50 MB limit imports into a real store in a JVM whose heap is
 * capped at 512 MB, and the story it makes can be shown in the same heap: a child JVM
 * ({@link ImportMemoryProbe}) generates the file, imports it with the command line and
 * prints it with {@code show}. The store grows in proportion to the file, and a million
 * one-word lines do not become a million paragraphs. Figures go to the test's output.
 *
 * <p>In the normal suite the files at the limit and their heap are a quarter of that (13 MB in
 * 128 MB): the ratio of file to heap is the limit's and the fixed part of the heap (classes,
 * caches) weighs four times as much, so an import whose memory grows in proportion to the file
 * passes here only if it passes at full size, for about half the CPU time.
 * {@code -Dnewsdesk.importMemory=full} runs them at 52 MB in 512 MB. The 10 MB files always run
 * at full size: below about 10 MB a single line becomes a paragraph per sentence and the store's
 * fixed size outweighs the text, so smaller files would prove something else.
 */
class ImportMemoryTest {

    private static final long MB = 1024 * 1024;
    private static final boolean FULL = "full".equals(System.getProperty("newsdesk.importMemory"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, {1} bytes at full size")
    @CsvSource({
        // kind, file bytes, most store bytes per file byte, most paragraphs shown (lines printed) at
        // full size; file, heap and lines divided by the last column in the normal suite
        "SHORT_LINES, 10000000, 4, 40000, 1",
        "SINGLE_LINE, 10000000, 4, 40000, 1",
        "TRANSCRIPT, 10000000, 4, 40000, 1",
        "SHORT_LINES, 52000000, 4, 200000, 4",
        "TRANSCRIPT, 52000000, 4, 200000, 4",
        "SINGLE_LINE, 52000000, 4, 200000, 4",
    })
    void importsAndShowsWithinA512MbHeap(ImportMemoryProbe.Kind kind, long fullBytes, int storePerFileByte,
                                         int fullMostLines, int quickDivisor) throws Exception {
        int divisor = FULL ? 1 : quickDivisor;
        long bytes = fullBytes / divisor;
        int mostLines = fullMostLines / divisor;
        int heapMb = 512 / divisor;
        // an empty store already migrated: the child then loads no Flyway and runs no migration, which
        // is the same for every case and not what this test measures
        Path data = TestStores.emptyIn(dir.resolve("data"));
        Path file = dir.resolve(kind.name().toLowerCase(java.util.Locale.ROOT) + ".txt");
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process child = new ProcessBuilder(ChildJvm.command(List.of("-Xmx" + heapMb + "m", "-XX:+ExitOnOutOfMemoryError",
                "-Dfile.encoding=UTF-8", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"),
                ImportMemoryProbe.class, kind.name(), String.valueOf(bytes), data.toString(), file.toString()))
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
        System.out.println("[import-memory] " + kind + " " + bytes + " in " + heapMb + " MB: " + figures);
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
