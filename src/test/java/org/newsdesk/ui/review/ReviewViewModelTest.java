package org.newsdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.review.Review;
import org.newsdesk.export.review.ReviewFixtures;
import org.newsdesk.export.review.Suggestion;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.revisions.ParagraphRestore;

/**
 * The review flow without a window: a document exported by DocxExporter and edited as a guest's
 * office would (a tracked change with its author, a plain edit, a removed paragraph), read back,
 * accepted one by one and all at once (each one undo step), undone, and rejected.
 */
class ReviewViewModelTest {

    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final Story story = ReviewFixtures.interview();
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final FakeTranscript transcript = new FakeTranscript(story.paragraphs());
    @TempDir
    Path dir;

    /** The transcript as a list with an undo stack: one entry per applied edit. */
    private static final class FakeTranscript implements ReviewViewModel.Transcript {
        List<Paragraph> now;
        final Deque<List<Paragraph>> undo = new ArrayDeque<>();
        int reviewed;

        FakeTranscript(List<Paragraph> start) {
            now = List.copyOf(start);
        }

        @Override
        public void flush() {
        }

        @Override
        public List<Paragraph> stored() {
            return now;
        }

        @Override
        public boolean apply(ParagraphRestore.Edit edit, List<Paragraph> expected) {
            if (!expected.equals(now)) {
                return false;
            }
            undo.push(now);
            now = ParagraphRestore.apply(now, edit);
            return true;
        }

        @Override
        public void reviewed() {
            reviewed++;
        }

        void undo() {
            now = undo.pop();
        }

        String text(String id) {
            return now.stream().filter(p -> p.id().equals(id)).map(Paragraph::text).findFirst().orElse(null);
        }
    }

    private Path reviewed() throws Exception {
        byte[] docx = ReviewFixtures.edited(ReviewFixtures.exported(story), doc -> {
            ReviewFixtures.trackedReplace(ReviewFixtures.paragraph(doc, "专项资金"),
                    "我们每年安排两亿元专项资金支持青年科技人才。", "局办公室");
            ReviewFixtures.plainReplace(ReviewFixtures.paragraph(doc, "很高兴"), "谢谢主持人，很高兴和各位网友交流。");
            XWPFParagraph gone = ReviewFixtures.paragraph(doc, "人才政策");
            doc.removeBodyElement(doc.getPosOfParagraph(gone));
            doc.getProperties().getCoreProperties().setLastModifiedByUser("秘书处");
        });
        return Files.write(dir.resolve("returned.docx"), docx);
    }

    private ReviewViewModel model(Review.Revisions revisions, UUID expected) {
        return new ReviewViewModel(tasks, CHINESE, revisions, transcript, expected);
    }

    private ReviewViewModel loaded() throws Exception {
        ReviewViewModel vm = model((id, n) -> id.equals(story.id()) && n == story.revision()
                ? Optional.of(story) : Optional.empty(), story.id());
        vm.load(reviewed());
        tasks.settle();
        return vm;
    }

    @Test
    void suggestionsAreListedWithTheirKindAndAuthorsAndNothingIsApplied() throws Exception {
        ReviewViewModel vm = loaded();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.suggestions()).extracting(Suggestion::kind).containsExactly(
                Suggestion.Kind.CHANGE, Suggestion.Kind.DELETE, Suggestion.Kind.CHANGE);
        assertThat(vm.suggestions()).extracting(Suggestion::paragraphId).containsExactly("p2", "p4", "p5");
        assertThat(vm.kind(vm.suggestions().get(1))).isEqualTo("删除");
        assertThat(vm.authors(vm.suggestions().get(0))).contains("秘书处").contains("直接修改");
        assertThat(vm.authors(vm.suggestions().get(2))).isEqualTo("修订者：局办公室");
        assertThat(vm.messageProperty().get()).contains("3").contains("第 3 版");
        assertThat(transcript.now).isEqualTo(story.paragraphs());
        assertThat(transcript.undo).isEmpty();
    }

    @Test
    void acceptOneThenAcceptAllAreOneUndoStepEach() throws Exception {
        ReviewViewModel vm = loaded();
        vm.accept(vm.suggestions().get(0));
        tasks.settle();
        assertThat(transcript.text("p2")).isEqualTo("谢谢主持人，很高兴和各位网友交流。");
        assertThat(transcript.undo).hasSize(1);
        assertThat(transcript.reviewed).isEqualTo(1);
        assertThat(vm.suggestions()).extracting(Suggestion::paragraphId).containsExactly("p4", "p5");

        vm.acceptAll();
        tasks.settle();
        assertThat(transcript.undo).hasSize(2);
        assertThat(transcript.text("p4")).isNull();
        assertThat(transcript.text("p5")).isEqualTo("我们每年安排两亿元专项资金支持青年科技人才。");
        assertThat(transcript.text("p3")).contains("核对数字");
        assertThat(vm.suggestions()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("已一次接受 2 条修改建议（按 Ctrl+Z 可撤销），还剩 0 条。");

        transcript.undo();
        assertThat(transcript.text("p4")).isNotNull();
        assertThat(transcript.text("p2")).isEqualTo("谢谢主持人，很高兴和各位网友交流。");
        transcript.undo();
        assertThat(transcript.now).isEqualTo(story.paragraphs());
    }

    @Test
    void rejectingChangesNothing() throws Exception {
        ReviewViewModel vm = loaded();
        vm.reject(vm.suggestions().get(1));
        assertThat(vm.suggestions()).extracting(Suggestion::paragraphId).containsExactly("p2", "p5");
        vm.rejectAll();
        assertThat(vm.suggestions()).isEmpty();
        assertThat(transcript.now).isEqualTo(story.paragraphs());
        assertThat(transcript.undo).isEmpty();
        assertThat(transcript.reviewed).isZero();
        assertThat(vm.messageProperty().get()).isEqualTo("已拒绝 2 条修改建议。");
    }

    @Test
    void aParagraphEditedSinceStaysListedAndUnchanged() throws Exception {
        ReviewViewModel vm = loaded();
        transcript.now = List.of(story.paragraphs().get(0), Paragraph.of("guest", "编辑改过了。").withId("p2"),
                story.paragraphs().get(2), story.paragraphs().get(3), story.paragraphs().get(4));
        vm.accept(vm.suggestions().get(0));
        tasks.settle();
        assertThat(transcript.text("p2")).isEqualTo("编辑改过了。");
        assertThat(transcript.undo).isEmpty();
        assertThat(vm.suggestions()).hasSize(3);
        assertThat(vm.messageProperty().get()).contains("第 1 条").contains("手动修改");
    }

    @Test
    void refusedFilesSayWhyInTheEditorsLanguage() throws Exception {
        Path foreign = dir.resolve("foreign.docx");
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(foreign)) {
            doc.createParagraph().createRun().setText("别处的文件");
            doc.write(out);
        }
        Path broken = Files.writeString(dir.resolve("broken.docx"), "not a zip");
        Path ours = reviewed();
        Review.Revisions all = (id, n) -> Optional.of(story);
        assertThat(error(all, story.id(), foreign)).isEqualTo(CHINESE.get("review.error.notOurs"));
        assertThat(error(all, story.id(), broken)).isEqualTo(CHINESE.get("review.error.unreadable"));
        assertThat(error(all, UUID.randomUUID(), ours)).isEqualTo(CHINESE.get("review.error.otherStory"));
        assertThat(error((id, n) -> Optional.empty(), story.id(), ours))
                .isEqualTo(CHINESE.get("review.error.revisionGone"));
    }

    private String error(Review.Revisions revisions, UUID expected, Path file) {
        ReviewViewModel vm = model(revisions, expected);
        vm.load(file);
        tasks.settle();
        assertThat(vm.suggestions()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        return vm.errorProperty().get();
    }
}
