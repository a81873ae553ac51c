package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.model.SampleInterview.GUEST;
import static org.newsdesk.model.SampleInterview.HOST;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;

class StorySaverTest {

    @TempDir
    Path dir;

    private Store store;
    private StoreWriter writer;
    private Story loaded;
    private StorySaver saver;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        writer = new StoreWriter();
        loaded = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                SampleInterview.paragraphs());
        saver = new StorySaver(store.stories(), writer, loaded);
    }

    @AfterEach
    void close() {
        writer.close();
        store.close();
    }

    @Test
    void unchangedTranscriptWritesNothing() {
        // the editor hands over paragraphs without the saved ids
        int written = saver.saveTranscript(SampleInterview.withFreshIds(loaded.paragraphs())).join();

        assertThat(written).isZero();
        assertThat(store.stories().get(loaded.id()).version()).isEqualTo(loaded.version());
    }

    @Test
    void oneEditedParagraphWritesOneRow() {
        List<Paragraph> current = new ArrayList<>(SampleInterview.withFreshIds(loaded.paragraphs()));
        current.set(2, Paragraph.of(HOST, "不少村民关心资费，每月要花多少钱？"));

        int written = saver.saveTranscript(current).join();

        assertThat(written).isEqualTo(1);
        Story read = store.stories().get(loaded.id());
        assertThat(read.version()).isEqualTo(loaded.version() + 1);
        assertThat(read.paragraphs().get(2).text()).isEqualTo("不少村民关心资费，每月要花多少钱？");
        assertThat(read.paragraphs().get(2).id()).isEqualTo(loaded.paragraphs().get(2).id());
        assertThat(saver.savedParagraphs().join()).isEqualTo(read.paragraphs());
    }

    @Test
    void successiveSavesChainVersionsWithoutGoingStale() {
        List<Paragraph> current = new ArrayList<>(loaded.paragraphs());
        List<CompletableFuture<Integer>> saves = new ArrayList<>();
        // queued back to back, as autosave does while the editor keeps typing
        for (int i = 0; i < 10; i++) {
            current.set(0, Paragraph.of(HOST, "李主任，您好。（第" + i + "次修改）"));
            if (i == 5) {
                current.add(Paragraph.of(HOST, "谢谢李主任。"));
            }
            saves.add(saver.saveTranscript(List.copyOf(current)));
        }
        assertThat(saver.saveMetadata(loaded.metadata().withEditor("钱编辑")).join()).isTrue();
        current.set(1, Paragraph.of(GUEST, "主持人好。"));
        saves.add(saver.saveTranscript(List.copyOf(current)));

        assertThat(saves.stream().map(CompletableFuture::join).toList())
                .containsExactly(1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1);
        Story read = store.stories().get(loaded.id());
        assertThat(read.version()).isEqualTo(loaded.version() + 12);
        assertThat(read.metadata().editor()).isEqualTo("钱编辑");
        assertThat(read.paragraphs()).hasSize(8);
        assertThat(read.paragraphs().get(0).text()).isEqualTo("李主任，您好。（第9次修改）");
        assertThat(read.paragraphs().get(1).text()).isEqualTo("主持人好。");
        assertThat(read.paragraphs().get(7).text()).isEqualTo("谢谢李主任。");
    }

    @Test
    void metadataAndSpeakersAreOnlyWrittenWhenTheyChange() {
        assertThat(saver.saveMetadata(SampleInterview.metadata()).join()).isFalse();
        assertThat(saver.saveSpeakers(SampleInterview.speakers()).join()).isFalse();
        assertThat(store.stories().get(loaded.id()).version()).isEqualTo(loaded.version());

        Metadata changed = loaded.metadata().withSource("广播电台");
        assertThat(saver.saveMetadata(changed).join()).isTrue();
        assertThat(saver.saveMetadata(changed).join()).isFalse();

        List<Speaker> roster = new ArrayList<>(SampleInterview.speakers());
        roster.add(new Speaker("guest2", "张村长", "张红", "", SpeakerRole.GUEST));
        assertThat(saver.saveSpeakers(roster).join()).isTrue();
        assertThat(saver.saveSpeakers(List.copyOf(roster)).join()).isFalse();

        Story read = store.stories().get(loaded.id());
        assertThat(read.version()).isEqualTo(loaded.version() + 2);
        assertThat(read.metadata()).isEqualTo(changed);
        assertThat(read.speakers()).containsExactlyElementsOf(roster);
    }

    @Test
    void revisionAfterEditsSnapshotsWhatWasWritten() {
        List<Paragraph> current = new ArrayList<>(loaded.paragraphs());
        current.set(0, Paragraph.of(HOST, "李主任，欢迎您。"));
        saver.saveTranscript(List.copyOf(current));
        saver.saveMetadata(loaded.metadata().withEditor("钱编辑"));

        RevisionInfo first = saver.saveRevision("钱编辑").join();

        current.set(2, Paragraph.of(HOST, "网费贵吗？"));
        assertThat(saver.saveTranscript(List.copyOf(current)).join()).as("saving after a revision").isEqualTo(1);
        RevisionInfo second = saver.saveRevision("钱编辑").join();

        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        Story snapshot = store.stories().revision(loaded.id(), 1);
        assertThat(snapshot.paragraphs().get(0).text()).isEqualTo("李主任，欢迎您。");
        assertThat(snapshot.paragraphs().get(2).text()).isEqualTo(loaded.paragraphs().get(2).text());
        assertThat(snapshot.metadata().editor()).isEqualTo("钱编辑");
        Story read = store.stories().get(loaded.id());
        assertThat(read.revision()).isEqualTo(2);
        assertThat(read.paragraphs().get(2).text()).isEqualTo("网费贵吗？");
    }

    @Test
    void lastSavedTextSurvivesReopening() {
        List<Paragraph> current = new ArrayList<>(SampleInterview.withFreshIds(loaded.paragraphs()));
        current.set(3, Paragraph.of(GUEST, "农村家庭每月三十元。"));
        current.remove(4);
        saver.saveTranscript(List.copyOf(current));
        current.add(Paragraph.of(HOST, "谢谢。"));
        saver.saveTranscript(List.copyOf(current));
        writer.drain();
        List<Paragraph> expected = saver.savedParagraphs().join();

        writer.close();
        store.close();
        store = TestStores.fresh(dir);
        writer = new StoreWriter();

        Story read = store.stories().get(loaded.id());
        assertThat(read.paragraphs()).isEqualTo(expected);
        assertThat(read.paragraphs()).extracting(Paragraph::text)
                .containsExactlyElementsOf(current.stream().map(Paragraph::text).toList());
        assertThat(read.version()).isEqualTo(loaded.version() + 2);
    }
}
