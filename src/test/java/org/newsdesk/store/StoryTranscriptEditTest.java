package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.model.SampleInterview.GUEST;
import static org.newsdesk.model.SampleInterview.HOST;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;

/** Transcript edits written to the store: one row per changed paragraph, order kept, ids kept. */
class StoryTranscriptEditTest {

    @TempDir
    Path dir;

    private Store store;
    private StoryRepository stories;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        stories = store.stories();
    }

    @AfterEach
    void close() {
        store.close();
    }

    // ------------------------------------------------------------ transcript edits

    @Test
    void oneParagraphEditInALongStoryWritesExactlyOneRow() throws SQLException {
        Story story = stories.create(SampleInterview.metadata(), SampleInterview.speakers(),
                SampleInterview.numbered(3000));
        List<Paragraph> current = new ArrayList<>(story.paragraphs());
        current.set(1500, Paragraph.of(HOST, "第1500个问题：改过的问题。"));

        TranscriptEdit edit = TranscriptEdit.between(story.paragraphs(), current);
        long version = stories.applyEdit(story.id(), story.version(), edit);

        assertThat(version).isEqualTo(story.version() + 1);
        Story read = stories.get(story.id());
        assertThat(read.version()).isEqualTo(version);
        assertThat(read.paragraphs()).isEqualTo(edit.result());
        assertThat(read.paragraphs().get(1500).id()).isEqualTo(story.paragraphs().get(1500).id());

        store.close();
        assertThat(RawDatabase.count(dir, "select count(*) from paragraph where written_version = ?", version))
                .isEqualTo(1);
        assertThat(RawDatabase.column(dir, "select body from paragraph where written_version = ?", version))
                .containsExactly("第1500个问题：改过的问题。");
        assertThat(RawDatabase.count(dir, "select count(*) from paragraph")).isEqualTo(3000);
    }

    @Test
    void editsOfEveryKindReadBackInOrder() {
        Story story = sample();
        List<Paragraph> saved = story.paragraphs();
        List<Paragraph> current = new ArrayList<>(SampleInterview.withFreshIds(saved));
        current.add(0, Paragraph.narration("（片头音乐）"));
        current.remove(5); // the narration in the middle
        current.set(3, current.get(3).withSpeaker(GUEST));
        current.add(Paragraph.of(HOST, "谢谢李主任。"));

        long version = apply(story.id(), story.version(), saved, current);

        Story read = stories.get(story.id());
        assertThat(read.version()).isEqualTo(version);
        assertContents(read.paragraphs(), current);
    }

    @Test
    void manyInsertsAtTheSameSpotKeepTheOrder() throws SQLException {
        Story story = stories.create(SampleInterview.metadata(), SampleInterview.speakers(),
                List.of(Paragraph.of(HOST, "开头"), Paragraph.of(GUEST, "结尾")));
        List<Paragraph> saved = story.paragraphs();
        long version = story.version();
        List<Paragraph> expected = new ArrayList<>(saved);

        // always right after the first paragraph: the gap before the previous insert halves each
        // time, so the sort keys run out after about 16 inserts and must be renumbered
        for (int i = 1; i <= 40; i++) {
            Paragraph fresh = Paragraph.of(i % 2 == 0 ? HOST : GUEST, "插入第" + i + "段");
            List<Paragraph> current = new ArrayList<>(saved);
            current.add(1, fresh);
            expected.add(1, fresh);
            TranscriptEdit edit = TranscriptEdit.between(saved, current);
            version = stories.applyEdit(story.id(), version, edit);
            saved = stories.get(story.id()).paragraphs();
            assertContents(saved, expected);
        }
        // and a run of inserts right before the last paragraph
        for (int i = 1; i <= 40; i++) {
            Paragraph fresh = Paragraph.of(HOST, "补充第" + i + "段");
            List<Paragraph> current = new ArrayList<>(saved);
            current.add(current.size() - 1, fresh);
            expected.add(expected.size() - 1, fresh);
            version = stories.applyEdit(story.id(), version, TranscriptEdit.between(saved, current));
            saved = stories.get(story.id()).paragraphs();
        }
        assertContents(saved, expected);

        store.close();
        List<String> ords = RawDatabase.column(dir, "select ord from paragraph order by ord");
        assertThat(ords).as("sort keys stay distinct").doesNotHaveDuplicates().hasSize(expected.size());
        assertThat(RawDatabase.column(dir, "select body from paragraph order by ord"))
                .containsExactlyElementsOf(expected.stream().map(Paragraph::text).toList());
    }

    @Test
    void manyInsertsAtTheStartKeepTheOrder() {
        Story story = sample();
        List<Paragraph> saved = story.paragraphs();
        long version = story.version();
        List<Paragraph> expected = new ArrayList<>(saved);
        for (int i = 1; i <= 20; i++) {
            Paragraph fresh = Paragraph.narration("（第" + i + "段片头）");
            List<Paragraph> current = new ArrayList<>(saved);
            current.add(0, fresh);
            expected.add(0, fresh);
            version = stories.applyEdit(story.id(), version, TranscriptEdit.between(saved, current));
            saved = stories.get(story.id()).paragraphs();
        }
        assertContents(saved, expected);
    }

    @Test
    void splitParagraphKeepsItsIdAndInsertsTheRest() {
        Story story = sample();
        List<Paragraph> saved = story.paragraphs();
        List<Paragraph> current = new ArrayList<>(saved);
        current.set(3, Paragraph.of(GUEST, "我们和运营商谈好了，"));
        current.add(4, Paragraph.of(GUEST, "农村家庭可以选每月三十元的基础套餐，低保户另有补贴。"));

        apply(story.id(), story.version(), saved, current);

        List<Paragraph> read = stories.get(story.id()).paragraphs();
        assertContents(read, current);
        assertThat(read.get(3).id()).isEqualTo(saved.get(3).id());
    }

    @Test
    void emptyEditChangesNothing() {
        Story story = sample();

        long version = stories.applyEdit(story.id(), story.version(),
                TranscriptEdit.between(story.paragraphs(), story.paragraphs()));

        assertThat(version).isEqualTo(story.version());
        assertThat(stories.get(story.id())).isEqualTo(story);
    }

    // ------------------------------------------------------------ helpers
    private Story sample() {
        return stories.create(SampleInterview.metadata(), SampleInterview.speakers(), SampleInterview.paragraphs());
    }

    private long apply(UUID id, long version, List<Paragraph> saved, List<Paragraph> current) {
        return stories.applyEdit(id, version, TranscriptEdit.between(saved, current));
    }

    private static void assertContents(List<Paragraph> actual, List<Paragraph> expected) {
        assertThat(actual.stream().map(StoryTranscriptEditTest::describe).toList())
                .containsExactlyElementsOf(expected.stream().map(StoryTranscriptEditTest::describe).toList());
    }

    private static String describe(Paragraph p) {
        StringBuilder sb = new StringBuilder().append(p.speakerKey()).append(": ");
        for (Span s : p.spans()) {
            sb.append(s.text());
            if (!s.styles().isEmpty()) {
                sb.append(s.styles().stream().map(SpanStyle::name).sorted().toList());
            }
        }
        return sb.toString();
    }
}
