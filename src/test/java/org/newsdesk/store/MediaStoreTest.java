package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.MediaLink;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;

/** Timestamp marks, paragraph starts and the recording's link in a real H2 file. */
class MediaStoreTest {

    @TempDir
    Path dir;

    private static List<Paragraph> transcript() {
        return List.of(
                new Paragraph(Paragraph.newId(), null, List.of(Span.plain("以下是访谈文字实录")), Duration.ZERO),
                new Paragraph(Paragraph.newId(), null, List.of(Span.timestamp("[00:12:34]", Duration.ofMillis(754_250)),
                        Span.plain("主持人好。"), Span.timestamp("[00:12:40]", Duration.ofSeconds(760)))),
                Paragraph.of(null, "没有时间"));
    }

    @Test
    void marksAndStartsRoundTripThroughTheStoreAndItsSnapshots() {
        try (Store store = TestStores.fresh(dir)) {
            Story created = store.stories().create(Metadata.withHeadline("录音"), List.of(), transcript());
            Story read = store.stories().get(created.id());
            assertThat(read.paragraphs()).isEqualTo(created.paragraphs());
            assertThat(read.paragraphs().get(1).spans()).hasSize(3);
            assertThat(read.paragraphs().get(1).spans().get(2).time()).isEqualTo(Duration.ofSeconds(760));
            assertThat(read.paragraphs().get(1).knownStart()).isEqualTo(Duration.ofMillis(754_250));
            assertThat(read.paragraphs().get(2).knownStart()).isNull();
            assertThat(StoryJson.fromJson(StoryJson.toJson(read)).paragraphs()).isEqualTo(read.paragraphs());
        }
    }

    @Test
    void aChangedStartIsSavedLikeAnyEdit() {
        try (Store store = TestStores.fresh(dir)) {
            Story story = store.stories().create(Metadata.withHeadline("录音"), List.of(), transcript());
            List<Paragraph> now = new ArrayList<>(story.paragraphs());
            now.set(2, now.get(2).withStart(Duration.ofSeconds(800)));
            TranscriptEdit edit = TranscriptEdit.between(story.paragraphs(), now);
            assertThat(edit.updated()).hasSize(1);
            store.stories().applyEdit(story.id(), story.version(), edit);
            assertThat(store.stories().get(story.id()).paragraphs().get(2).start()).isEqualTo(Duration.ofSeconds(800));
        }
    }

    @Test
    void theLinkIsKeptRelinkedAndSurvivesRestoringARevision() {
        try (Store store = TestStores.fresh(dir)) {
            Story story = store.stories().create(Metadata.withHeadline("录音"), List.of(), transcript());
            assertThat(store.media().find(story.id())).isEmpty();
            MediaLink first = new MediaLink("/recordings/访谈.wav", "访谈.wav", 1_935_278);
            store.media().link(story.id(), first);
            store.stories().saveRevision(story.id(), story.version(), "");
            Story saved = store.stories().get(story.id());
            MediaLink moved = new MediaLink("/mnt/share/访谈.wav", "访谈.wav", 1_935_278);
            store.media().link(story.id(), moved);
            store.stories().restoreRevision(story.id(), saved.version(), 1);
            assertThat(store.media().find(story.id())).contains(moved);
            assertThat(store.stories().get(story.id()).paragraphs().get(1).spans().get(0).time())
                    .isEqualTo(Duration.ofMillis(754_250));
            assertThat(store.stories().get(story.id()).version()).as("linking is not an edit of the story")
                    .isEqualTo(saved.version() + 1);
            store.media().unlink(story.id());
            assertThat(store.media().find(story.id())).isEmpty();
        }
    }

    @Test
    void aBlankPathIsNoLink() {
        assertThatThrownBy(() -> new MediaLink(" ", "x.wav", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void styleRunsCarryTheMarksTime() {
        List<Span> spans = List.of(Span.plain("甲"), Span.timestamp("[00:00:01]", Duration.ofMillis(1500)),
                Span.timestamp("[00:00:02]", Duration.ofMillis(2000)), Span.plain("乙"));
        String runs = StyleRuns.encode(spans);
        assertThat(runs).isEqualTo("1,10t@1500,10t@2000,1");
        assertThat(StyleRuns.decode("甲[00:00:01][00:00:02]乙", runs)).isEqualTo(spans);
        assertThat(new Paragraph("p", null, spans).spans()).as("marks of different times stay apart").hasSize(4);
    }
}
