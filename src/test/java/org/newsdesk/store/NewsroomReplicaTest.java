package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;

/** The local side of a newsroom: bases, push candidates, pulled stories and open conflicts in a real H2 file. */
class NewsroomReplicaTest {

    @TempDir
    Path folder;
    private Store store;
    private NewsroomReplica replica;

    @BeforeEach
    void open() {
        store = TestStores.fresh(folder);
        replica = store.newsroom();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Story create() {
        return store.stories().create(Metadata.withHeadline("渡口新修了候船亭"), List.of(),
                List.of(Paragraph.narration("候船亭能遮风挡雨。"), Paragraph.narration("船工说以后不用在雨里等了。")));
    }

    @Test
    void aNewStoryIsACandidateUntilItsBaseIsRecordedAndAgainAfterAnEdit() {
        Story s = create();
        assertThat(replica.pushCandidates()).containsExactly(s.id());
        NewsroomReplica.Read read = replica.read(s.id()).orElseThrow();
        replica.recordPushed(s.id(), 1, StoryJson.toJson(read.story()), read.changeSeq());
        assertThat(replica.pushCandidates()).isEmpty();
        assertThat(replica.base(s.id())).hasValueSatisfying(b -> assertThat(b.serverVersion()).isEqualTo(1));

        List<Paragraph> now = List.of(s.paragraphs().get(0), new Paragraph(s.paragraphs().get(1).id(), null,
                List.of(Span.plain("船工说以后不用在雨里干等了。"))));
        store.stories().applyEdit(s.id(), s.version(), TranscriptEdit.between(s.paragraphs(), now));
        assertThat(replica.pushCandidates()).containsExactly(s.id());
    }

    @Test
    void aPulledStoryIsWrittenUnderItsOwnIdsAndAConcurrentEditWinsTheRace() {
        Story s = create();
        Story pulled = new Story(java.util.UUID.randomUUID(), "du-kou", null, Metadata.withHeadline("渡口"), List.of(),
                List.of(Paragraph.narration("服务器上的一段。")), 0, 0, null, null);
        Story written = replica.writePulled(pulled, null, 3, "{}", true, List.of());
        assertThat(written.paragraphs()).extracting(Paragraph::id).containsExactly(pulled.paragraphs().get(0).id());
        assertThat(replica.pushCandidates()).containsExactly(s.id());

        // the local story was typed into after the merge read it: the write is refused, nothing changes
        Story stale = new Story(s.id(), s.slug(), s.status(), s.metadata(), List.of(), List.of(Paragraph.narration("合并结果")),
                0, s.version() - 1, null, null);
        assertThatThrownBy(() -> replica.writePulled(stale, s.version() - 1, 2, "{}", false,
                List.of(new NewsroomReplica.Conflict("paragraph:x", null, "甲", "乙"))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.STALE));
        assertThat(store.stories().get(s.id()).paragraphs()).isEqualTo(s.paragraphs());
        assertThat(replica.conflicts(s.id())).isEmpty();

        Story merged = new Story(s.id(), s.slug(), s.status(), s.metadata(), List.of(), List.of(Paragraph.narration("合并结果")),
                0, s.version(), null, null);
        replica.writePulled(merged, s.version(), 2, "{}", false, List.of(new NewsroomReplica.Conflict("paragraph:x", null, "甲", "乙")));
        assertThat(replica.conflicts(s.id())).containsExactly(new NewsroomReplica.Conflict("paragraph:x", null, "甲", "乙"));
        assertThat(replica.storiesWithConflicts()).containsExactly(s.id());
        assertThat(replica.pushCandidates()).as("merged content differs from the base: still to push").contains(s.id());

        replica.forgetBases();
        assertThat(replica.base(s.id())).isEmpty();
        assertThat(replica.conflicts(s.id())).as("conflicts survive forgetting bases").hasSize(1);
    }
}
