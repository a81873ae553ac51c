package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.ChildJvm;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;

/** What opening the store does with damaged, newer, locked or killed-while-writing stores. */
class StoreFaultsTest {

    private static final Pattern COMMITTED = Pattern.compile("COMMITTED (\\d+)");
    private static final Pattern EDIT_NUMBER = Pattern.compile("edit (\\d+)$");

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void stopChildren() throws InterruptedException {
        for (Process p : children) {
            if (p.isAlive()) {
                p.destroyForcibly();
                p.waitFor();
            }
        }
    }

    // ------------------------------------------------------------ damaged files

    @Test
    void garbageFileIsCorruptAndCanBeMovedAside() throws IOException {
        Path db = dir.resolve(Store.DATABASE_FILE);
        byte[] junk = junk(64 * 1024);
        Files.write(db, junk);

        assertProblem(() -> Store.open(dir), StoreException.Problem.CORRUPT, db);

        Path aside = Store.moveAside(dir);

        assertThat(aside).exists().hasParent(dir);
        assertThat(aside.getFileName().toString()).startsWith("newsdesk.damaged-").endsWith(".mv.db");
        assertThat(Files.readAllBytes(aside)).isEqualTo(junk);
        assertThat(db).doesNotExist();
        try (Store fresh = Store.open(dir)) {
            assertThat(fresh.stories().list(false)).isEmpty();
            Story story = fresh.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                    SampleInterview.paragraphs());
            assertThat(fresh.stories().get(story.id()).paragraphs()).isEqualTo(story.paragraphs());
        }
        assertThat(Files.readAllBytes(aside)).as("the damaged file is kept as it was").isEqualTo(junk);
    }

    @Test
    void truncatedFileIsCorrupt() throws IOException {
        try (Store store = Store.open(dir)) {
            store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                    SampleInterview.numbered(500));
        }
        Path db = dir.resolve(Store.DATABASE_FILE);
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.WRITE)) {
            ch.truncate(ch.size() / 2);
        }

        assertProblem(() -> Store.open(dir), StoreException.Problem.CORRUPT, db);
    }

    /** Wherever the file is cut, the stories are never silently replaced by an empty store. */
    @org.junit.jupiter.params.ParameterizedTest(name = "cut to {0} bytes")
    @org.junit.jupiter.params.provider.ValueSource(longs = {100, 4096, 8192, 9216, 10240, 12288})
    void fileCutShortIsCorruptNeverAnEmptyStore(long size) throws IOException {
        try (Store store = Store.open(dir)) {
            store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                    SampleInterview.numbered(500));
        }
        Path db = dir.resolve(Store.DATABASE_FILE);
        try (FileChannel ch = FileChannel.open(db, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }

        assertProblem(() -> Store.open(dir), StoreException.Problem.CORRUPT, db);
    }

    @Test
    void moveAsideWithoutADatabaseFileFails() {
        assertThatThrownBy(() -> Store.moveAside(dir))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.FOLDER_NOT_WRITABLE));
    }

    // ------------------------------------------------------------ newer schema

    @Test
    void storeFromANewerNewsdeskIsLeftUntouched() throws SQLException {
        UUID id;
        try (Store store = Store.open(dir)) {
            id = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                    SampleInterview.paragraphs()).id();
        }
        RawDatabase.update(dir, """
                insert into "flyway_schema_history"
                    ("installed_rank", "version", "description", "type", "script", "checksum",
                     "installed_by", "installed_on", "execution_time", "success")
                values (999, '999', 'from a newer newsdesk', 'SQL', 'V999__future.sql', 12345,
                        'sa', current_timestamp, 1, true)
                """);
        List<String> historyBefore = history();

        assertTooNew();

        assertThat(history()).isEqualTo(historyBefore).contains("999|from a newer newsdesk|TRUE");
        assertThat(RawDatabase.count(dir, "select count(*) from story where id = ?", id)).isEqualTo(1);
        assertThat(RawDatabase.count(dir, "select count(*) from paragraph")).isEqualTo(7);
        // and it stays refused
        assertTooNew();
    }

    private void assertTooNew() {
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.problem()).as("%s", e).isEqualTo(StoreException.Problem.TOO_NEW);
            assertThat(e.path()).isEqualTo(dir.resolve(Store.DATABASE_FILE));
            assertThat(e.getMessage()).contains(dir.toString()).contains("999");
        });
    }

    private List<String> history() throws SQLException {
        return RawDatabase.column(dir, """
                select coalesce("version", '-') || '|' || "description" || '|' || "success"
                from "flyway_schema_history" order by "installed_rank"
                """);
    }

    // ------------------------------------------------------------ locking

    @Test
    void secondOpenInTheSameProcessIsLocked() {
        try (Store first = Store.open(dir)) {
            assertThatThrownBy(() -> Store.open(dir))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.problem()).isEqualTo(StoreException.Problem.LOCKED);
                        assertThat(e.path()).isEqualTo(dir);
                        assertThat(e.getMessage()).contains(dir.toString());
                    });
            // the failed attempt must not have broken the first store
            Story story = first.stories().create(Metadata.withHeadline("Still open"), List.of(), List.of());
            assertThat(first.stories().get(story.id()).metadata().headline()).isEqualTo("Still open");
        }
        try (Store again = Store.open(dir)) {
            assertThat(again.stories().list(false)).hasSize(1);
        }
    }

    @Test
    void storeHeldByAnotherProcessIsLocked() throws IOException, InterruptedException {
        Path stderr = logs.resolve("holder.err");
        Process holder = startChild(StoreHolderMain.class, stderr, dir.toString());
        BufferedReader out = stdout(holder);
        awaitLine(out, "OPEN", stderr);

        assertProblem(() -> Store.open(dir), StoreException.Problem.LOCKED, dir);

        holder.getOutputStream().close();
        awaitLine(out, "CLOSED", stderr);
        assertThat(holder.waitFor()).as("holder exit code").isZero();
        try (Store store = Store.open(dir)) {
            assertThat(store.stories().list(false)).isEmpty();
        }
    }

    @Test
    void storeOfAKilledProcessCanBeOpenedAgain() throws IOException, InterruptedException {
        Path stderr = logs.resolve("holder.err");
        Process holder = startChild(StoreHolderMain.class, stderr, dir.toString());
        awaitLine(stdout(holder), "OPEN", stderr);

        holder.destroyForcibly();
        holder.waitFor();

        try (Store store = Store.open(dir)) {
            assertThat(store.stories().list(false)).isEmpty();
        }
    }

    // ------------------------------------------------------------ kill -9

    @Test
    void committedEditsSurviveKillMinus9() throws IOException, InterruptedException {
        Path stderr = logs.resolve("writer.err");
        Process writer = startChild(StoreWriterMain.class, stderr, dir.toString(), "1000000");
        BufferedReader out = stdout(writer);
        String created = nextLine(out, stderr);
        assertThat(created).startsWith("CREATED ");
        UUID id = UUID.fromString(created.substring("CREATED ".length()));

        int lastPrinted = 0;
        while (lastPrinted < 50) {
            lastPrinted = committed(nextLine(out, stderr));
        }
        // SIGKILL on Linux and macOS: no shutdown hooks, no close. Through the handle, because
        // Process.destroyForcibly() also closes our end of the child's stdout.
        assertThat(writer.toHandle().destroyForcibly()).isTrue();
        writer.waitFor();
        // lines the child printed before it died may still be in the pipe
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (COMMITTED.matcher(line).matches()) {
                lastPrinted = committed(line);
            }
        }

        Story story;
        try (Store store = Store.open(dir)) {
            story = store.stories().get(id);
        }
        // version 1 at creation, one more per committed edit; the edit after the last printed
        // line may have committed before the kill, nothing later can have
        long committedEdits = story.version() - 1;
        assertThat(committedEdits).as("committed edits (last printed: %d)", lastPrinted)
                .isBetween((long) lastPrinted, lastPrinted + 1L);
        List<Paragraph> paragraphs = story.paragraphs();
        assertThat(paragraphs).hasSize(StoreWriterMain.PARAGRAPHS);
        for (int i = 0; i < StoreWriterMain.PARAGRAPHS; i++) {
            int lastEditOfParagraph = 0;
            for (int n = 1; n <= committedEdits; n++) {
                if (StoreWriterMain.paragraphOf(n) == i) {
                    lastEditOfParagraph = n;
                }
            }
            String expected = lastEditOfParagraph == 0
                    ? SampleInterview.numbered(StoreWriterMain.PARAGRAPHS).get(i).text()
                    : StoreWriterMain.text(lastEditOfParagraph);
            assertThat(paragraphs.get(i).text()).as("paragraph %d", i).isEqualTo(expected);
            Matcher m = EDIT_NUMBER.matcher(paragraphs.get(i).text());
            assertThat(m.find()).as("paragraph %d was edited", i).isTrue();
        }
    }

    // ------------------------------------------------------------ helpers

    /** Non-zero pseudo-random bytes: no valid H2 header, no zeroed blocks. */
    private static byte[] junk(int size) {
        byte[] junk = new byte[size];
        new Random(20150731L).nextBytes(junk);
        for (int i = 0; i < junk.length; i++) {
            if (junk[i] == 0) {
                junk[i] = 0x5a;
            }
        }
        return junk;
    }

    private Process startChild(Class<?> main, Path stderr, String... args) throws IOException {
        List<String> command = ChildJvm.command(
                List.of("-Xmx256m", "-Dfile.encoding=UTF-8", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"), main, args);
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        children.add(p);
        return p;
    }

    private static BufferedReader stdout(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Reads the child's output up to {@code expected}; fails if the child ends first. */
    private static void awaitLine(BufferedReader out, String expected, Path stderr) throws IOException {
        String line;
        do {
            line = nextLine(out, stderr);
        } while (!line.equals(expected));
    }

    private static String nextLine(BufferedReader out, Path stderr) throws IOException {
        String line = out.readLine();
        if (line == null) {
            fail("the child process ended early; its stderr:%n%s", Files.readString(stderr));
        }
        return line;
    }

    private static int committed(String line) {
        Matcher m = COMMITTED.matcher(line);
        assertThat(m.matches()).as("line from the writer: %s", line).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static void assertProblem(ThrowingCallable call, StoreException.Problem problem, Path path) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.problem()).as("%s", e).isEqualTo(problem);
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.getMessage()).contains(path.toString());
        });
    }
}
