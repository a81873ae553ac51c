package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.ChildJvm;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;

/** Typing kept in the journal survives kill -9 during a failing save; a store H2 closed is opened again. */
class JournalCrashTest {

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    private Process child;

    @AfterEach
    void stop() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    @Test
    void typingKeptInTheJournalIsReplayedAfterKillMinus9InAFailingSave() throws Exception {
        Path stderr = logs.resolve("child.err");
        child = new ProcessBuilder(ChildJvm.command(List.of("-Xmx256m", "-Dfile.encoding=UTF-8",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"), JournalCrashMain.class, dir.toString()))
                .redirectError(stderr.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String created = next(out, stderr);
        assertThat(created).startsWith("CREATED ");
        UUID id = UUID.fromString(created.substring("CREATED ".length()));
        int kept = 0;
        boolean saving = false;
        while (kept < 30 || !saving) {
            String line = next(out, stderr);
            if (line.startsWith("KEPT ")) {
                kept = Integer.parseInt(line.substring(5));
            } else if (line.equals("SAVING")) {
                saving = true;
            }
        }
        assertThat(child.toHandle().destroyForcibly()).isTrue();
        child.waitFor();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("KEPT ")) {
                kept = Integer.parseInt(line.substring(5));
            }
        }

        try (Store store = Store.open(dir); TypingJournal journal = new TypingJournal(dir)) {
            assertThat(store.stories().get(id).paragraphs()).as("no save reached the store").hasSize(3);

            JournalReplay.Outcome outcome = JournalReplay.replayAll(store, journal, Set.of());

            assertThat(outcome.replayed()).containsExactly(id);
            List<String> texts = store.stories().get(id).paragraphs().stream().map(Paragraph::text).toList();
            // the state after KEPT n was on the disk; n + 1 may have been written before the kill
            assertThat(texts.size() - 3).isBetween(kept, kept + 1);
            for (int n = 1; n <= kept; n++) {
                assertThat(texts.get(2 + n)).isEqualTo(JournalCrashMain.text(n));
            }
            assertThat(journal.pending()).isEmpty();
        }
    }

    @Test
    void aStoreThatH2ClosedIsOpenedAgainOnTheNextWrite() throws Exception {
        try (Store store = Store.open(dir)) {
            Story story = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                    SampleInterview.paragraphs());
            // what H2 does itself after a write to its file failed
            try (Connection c = DriverManager.getConnection(Store.url(dir), "sa", ""); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN IMMEDIATELY");
            }
            List<Paragraph> edited = new ArrayList<>(story.paragraphs());
            edited.add(Paragraph.narration("重新打开以后写入。"));
            TranscriptEdit edit = TranscriptEdit.between(story.paragraphs(), edited);
            long version;
            try {
                version = store.stories().applyEdit(story.id(), story.version(), edit);
            } catch (StoreException first) {
                assertThat(store.needsReopening()).as("%s", first).isTrue();
                version = store.stories().applyEdit(story.id(), story.version(), edit);
            }
            assertThat(version).isEqualTo(story.version() + 1);
            assertThat(store.needsReopening()).isFalse();
            assertThat(store.stories().get(story.id()).paragraphs()).extracting(Paragraph::text)
                    .endsWith("重新打开以后写入。");
            assertThat(store.stories().list(false)).hasSize(1);
        }
    }

    private static String next(BufferedReader out, Path stderr) throws IOException {
        String line = out.readLine();
        if (line == null) {
            fail("the child process ended early; its stderr:%n%s", Files.readString(stderr));
        }
        return line;
    }
}
