package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;

/** The window's compaction policy keeps the file of a much-edited story near the size of its text. */
class CompactionTest {

    private static final int PARAGRAPHS = 300;
    private static final int SAVES = 2_000;
    private static final String[] PHRASES = {
        "镇上的渡口每天清晨六点开船，", "船工老周说他已经划了二十多年，", "今年雨水多，河面比往年宽了不少，",
        "学生们坐第一班船去对岸的中学，", "合作社打算明年在码头边建一个冷库，", "游客多起来以后，民宿也开了七八家。",
    };

    @TempDir
    Path dir;

    @TempDir
    Path emptyDir;

    /** About 400 characters, different for every paragraph and edit. */
    static String text(int paragraph, int edit) {
        StringBuilder b = new StringBuilder("第").append(paragraph).append("段第").append(edit).append("稿：");
        for (int k = 0; b.length() < 400; k++) {
            b.append(PHRASES[(paragraph + edit + k) % PHRASES.length]);
        }
        return b.toString();
    }

    @Test
    void twoThousandAutosavesOfAStoryShrinkToWithinOneAndAHalfTimesItsTextOnceIdle() {
        long emptyStore = emptyStoreSize();
        List<Paragraph> current = new ArrayList<>();
        for (int i = 0; i < PARAGRAPHS; i++) {
            current.add(Paragraph.of(i % 2 == 0 ? SampleInterview.HOST : SampleInterview.GUEST, text(i, 0)));
        }
        Path db = dir.resolve(Store.DATABASE_FILE);
        Story story;
        long sparse;
        long compacted;
        int steps = 0;
        try (Store store = Store.open(dir); StoreWriter writer = new StoreWriter()) {
            story = store.stories().create(Metadata.withHeadline("渡口的早晨"), SampleInterview.speakers(), current);
            current = new ArrayList<>(story.paragraphs());
            StorySaver saver = new StorySaver(store, writer, story);
            for (int n = 1; n <= SAVES; n++) {
                int i = n % PARAGRAPHS;
                Paragraph p = current.get(i);
                current.set(i, new Paragraph(p.id(), p.speakerKey(), Paragraph.of(p.speakerKey(), text(i, n)).spans()));
                List<Paragraph> snapshot = List.copyOf(current);
                assertThat(saver.saveTranscript(snapshot).join()).isEqualTo(1);
            }
            sparse = size(db);
            IdleCompaction policy = IdleCompaction.manual(store, writer);
            // the first check only notes the version: nothing is compacted right after a save
            assertThat(policy.check().join()).isEmpty();
            Optional<Compaction.Outcome> step = policy.check().join();
            while (step.isPresent() && steps < 200) {
                steps++;
                step = policy.check().join();
            }
            // normal use goes on: the next save lets H2 drop the chunks the step emptied, and the
            // next quiet periods move what is left down and cut the file
            Paragraph first = current.get(0);
            current.set(0, new Paragraph(first.id(), first.speakerKey(),
                    Paragraph.of(first.speakerKey(), text(0, SAVES + 1)).spans()));
            saver.saveTranscript(List.copyOf(current)).join();
            assertThat(policy.check().join()).isEmpty();
            step = policy.check().join();
            while (step.isPresent() && steps < 200) {
                steps++;
                step = policy.check().join();
            }
            compacted = size(db);
            assertThat(step).as("the policy stopped by itself after %d steps", steps).isEmpty();
        }
        long closed = size(db);
        long text = current.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf("compaction: text %,d B, empty store %,d B, after %d autosaves %,d B (%.1f× text),"
                        + " after %d idle steps %,d B (%.2f× text), closed %,d B%n",
                text, emptyStore, SAVES, sparse, (double) sparse / text, steps, compacted,
                (double) compacted / text, closed);
        long full = fullyCompacted(dir);
        System.out.printf("compaction: SHUTDOWN COMPACT of the same file %,d B (%.2f× text)%n", full, (double) full / text);
        // measured: 116× its text before, 2.4× after the first quiet period, 1.3× after the next save
        long bound = emptyStore + text * 3 / 2;
        assertThat(sparse).as("the saves leave garbage behind (else this test shows nothing)").isGreaterThan(bound);
        assertThat(compacted).isLessThanOrEqualTo(bound);
        assertThat(closed).as("closing keeps it small").isLessThanOrEqualTo(bound);
        assertThat(steps).isPositive();

        try (Store store = Store.open(dir)) {
            assertThat(store.stories().get(story.id()).paragraphs()).extracting(Paragraph::text)
                    .containsExactlyElementsOf(current.stream().map(Paragraph::text).toList());
        }
    }

    @Test
    void aWriteBetweenChecksPostponesTheStepAndThePolicySettles() {
        try (Store store = Store.open(dir); StoreWriter writer = new StoreWriter()) {
            Story story = store.stories().create(Metadata.withHeadline("码头"), SampleInterview.speakers(),
                    SampleInterview.numbered(40));
            StorySaver saver = new StorySaver(store, writer, story);
            List<Paragraph> current = new ArrayList<>(story.paragraphs());
            IdleCompaction policy = IdleCompaction.manual(store, writer);
            for (int n = 1; n <= 200; n++) {
                Paragraph p = current.get(n % 40);
                current.set(n % 40, new Paragraph(p.id(), p.speakerKey(), Paragraph.of(p.speakerKey(), text(n % 40, n)).spans()));
                saver.saveTranscript(List.copyOf(current)).join();
                // a save between two checks: the store is not idle, no step
                assertThat(policy.check().join()).isEmpty();
            }
            assertThat(store.compaction().state().sparse()).isTrue();
            assertThat(policy.check().join()).isPresent();
            int steps = 1;
            while (policy.check().join().isPresent()) {
                steps++;
                assertThat(steps).as("the policy stops: the file gets dense or a step frees nothing").isLessThan(100);
            }
            // settled: with no commit, later checks do nothing
            Compaction.FileState settled = store.compaction().state();
            assertThat(policy.check().join()).isEmpty();
            assertThat(store.compaction().state()).isEqualTo(settled);
        }
    }

    private static long fullyCompacted(Path folder) {
        try (java.sql.Connection c = RawDatabase.connect(folder); java.sql.Statement s = c.createStatement()) {
            s.execute("shutdown compact");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return size(folder.resolve(Store.DATABASE_FILE));
    }

    private long emptyStoreSize() {
        try (Store store = Store.open(emptyDir)) {
            assertThat(store.stories().list(false)).isEmpty();
        }
        return size(emptyDir.resolve(Store.DATABASE_FILE));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
