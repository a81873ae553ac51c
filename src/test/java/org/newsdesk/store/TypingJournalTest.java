package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;

/** The typing journal keeps what the store has not saved, survives a torn write, and replays into the store. */
class TypingJournalTest {

    @TempDir
    Path dir;

    private TypingJournal journal;
    private Store store;

    @AfterEach
    void close() {
        if (journal != null) {
            journal.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private Story story() {
        store = Store.open(dir);
        journal = new TypingJournal(dir);
        return store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(), SampleInterview.paragraphs());
    }

    private static List<Paragraph> typed(Story s, String extra) {
        List<Paragraph> p = new ArrayList<>(s.paragraphs());
        p.add(Paragraph.of(SampleInterview.HOST, extra));
        return p;
    }

    @Test
    void keptTypingIsReadBackUntilSavedThenTheFileIsClean() throws IOException {
        Story s = story();
        long first = journal.nextToken();
        journal.keep(s, first, () -> typed(s, "第一句")).join();
        long second = journal.nextToken();
        List<Paragraph> latest = typed(s, "第二句，打字未停");
        journal.keep(s, second, () -> latest).join();

        assertThat(journal.read(s.id()).orElseThrow().paragraphs()).isEqualTo(latest);
        assertThat(journal.pending()).containsExactly(s.id());

        journal.saved(s.id(), first).join();
        assertThat(journal.read(s.id())).as("a save of an older state leaves the newer one").isPresent();
        journal.saved(s.id(), second).join();
        assertThat(journal.read(s.id())).isEmpty();
        assertThat(journal.pending()).isEmpty();
        long size = Files.size(journal.file(s.id()));
        assertThat(size).as("room is reserved ahead").isGreaterThanOrEqualTo(2L * TypingJournal.HEADROOM);

        journal.keep(s, journal.nextToken(), () -> typed(s, "再打一句")).join();
        assertThat(Files.size(journal.file(s.id()))).as("later typing reuses the reserved room").isEqualTo(size);
        journal.forget(s.id()).join();
        assertThat(journal.file(s.id())).as("a file with unsaved typing is never removed").exists();
    }

    @Test
    void aTornWriteLeavesThePreviousState() throws IOException {
        Story s = story();
        List<Paragraph> whole = typed(s, "完整的一句");
        journal.keep(s, journal.nextToken(), () -> whole).join();
        journal.keep(s, journal.nextToken(), () -> typed(s, "写到一半")).join();
        // the newest slot is damaged, as if the machine died in the middle of writing it
        Path f = journal.file(s.id());
        long slot = Files.size(f) / 2;
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}), (2 % 2) * slot + 40);
        }
        TypingJournal reopened = new TypingJournal(dir);
        assertThat(reopened.read(s.id()).orElseThrow().paragraphs()).isEqualTo(whole);
        reopened.close();
    }

    @Test
    void replayWritesTheKeptTypingIntoTheStoreAndClearsIt() throws IOException {
        Story s = story();
        journal.keep(s, journal.nextToken(), () -> typed(s, "崩溃前打的字")).join();

        JournalReplay.Outcome outcome = JournalReplay.replayAll(store, journal, Set.of());

        assertThat(outcome.replayed()).containsExactly(s.id());
        assertThat(store.stories().get(s.id()).paragraphs()).extracting(Paragraph::text)
                .endsWith("崩溃前打的字");
        assertThat(journal.pending()).isEmpty();
        assertThat(journal.file(s.id())).doesNotExist();
    }
}
