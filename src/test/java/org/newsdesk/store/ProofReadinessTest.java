package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.IgnoreFiles;
import org.newsdesk.proof.ProofContext;
import org.newsdesk.proof.Proofreader;
import org.newsdesk.workflow.readiness.ReadinessCheck;
import org.newsdesk.workflow.readiness.ReadinessFailure;
import org.newsdesk.workflow.readiness.ReadinessReport;
import org.newsdesk.workflow.readiness.ReadinessTarget;

/** "No unresolved proofreading errors" before Ready, against a real store and its data folder. */
class ProofReadinessTest {

    @TempDir
    Path folder;

    @Test
    void anErrorBlocksReadyUntilFixedOrIgnoredAlways() {
        try (Store store = TestStores.fresh(folder)) {
            Story story = store.stories().create(Metadata.withHeadline("區文化館館長談閱讀推廣"), List.of(),
                    List.of(Paragraph.narration("我們抽調精乾人員，做好服務。"), Paragraph.narration("好,謝謝大家。")));
            ReadinessReport report = store.workflow().check(story.id(), Status.READY);
            assertThat(report.checks()).contains(ReadinessCheck.Kind.PROOFREADING);
            List<ReadinessFailure> failures = report.failuresOf(ReadinessCheck.Kind.PROOFREADING);
            // the conversion error is an error; the half-width comma only a warning
            assertThat(failures).singleElement().satisfies(f -> {
                assertThat(f.messageKey()).isEqualTo("proof.conversion");
                assertThat(f.args()).containsExactly("精乾人員", "精幹人員");
                assertThat(f.target()).isEqualTo(new ReadinessTarget.InParagraph(0, story.paragraphs().get(0).id(), 4, 4));
            });

            Finding finding = Proofreader.shipped().check(story, ProofContext.DEFAULT).errors().get(0);
            new IgnoreFiles(folder).ignoreInStory(story.id(), finding);
            assertThat(store.workflow().check(story.id(), Status.READY).passed(ReadinessCheck.Kind.PROOFREADING)).isTrue();
        }
    }

    @Test
    void aFixedStoryPasses() {
        try (Store store = TestStores.fresh(folder)) {
            Story story = store.stories().create(Metadata.withHeadline("區文化館館長談閱讀推廣"), List.of(),
                    List.of(Paragraph.narration("服務水平不斷提昇。")));
            assertThat(store.workflow().check(story.id(), Status.READY).passed(ReadinessCheck.Kind.PROOFREADING)).isFalse();
            Paragraph fixed = new Paragraph(story.paragraphs().get(0).id(), null,
                    List.of(org.newsdesk.model.Span.plain("服務水平不斷提升。")));
            store.stories().applyEdit(story.id(), story.version(), TranscriptEdit.between(story.paragraphs(), List.of(fixed)));
            assertThat(store.workflow().check(story.id(), Status.READY).passed(ReadinessCheck.Kind.PROOFREADING)).isTrue();
        }
    }

    @Test
    void withoutAProofreaderTheCheckIsNotListed() {
        Story story = new Story(java.util.UUID.randomUUID(), "s", Status.DRAFT, Metadata.withHeadline("提昇"), List.of(),
                List.of(), 0, 0, null, null);
        ReadinessReport report = new ReadinessCheck(new org.newsdesk.workflow.metadata.MetadataValidator(
                org.newsdesk.workflow.metadata.ChannelList.DEFAULT)).check(story);
        assertThat(report.checks()).doesNotContain(ReadinessCheck.Kind.PROOFREADING);
    }
}
