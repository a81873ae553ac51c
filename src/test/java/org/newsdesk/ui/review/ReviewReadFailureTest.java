package org.newsdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.review.Review;
import org.newsdesk.export.review.ReviewFixtures;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.ui.common.UiTimer;
import org.newsdesk.workflow.revisions.ParagraphRestore;

/**
 * Every way a review read can end leaves the pane with words in the user's language, never the
 * "reading…" line for good: a read that throws an {@link Error}, a read that does not answer
 * (said after a while on the virtual clock; its suggestions still show when it answers later).
 */
class ReviewReadFailureTest {

    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final Story story = ReviewFixtures.interview();
    private final SameThreadTasks clock = new SameThreadTasks();
    @TempDir
    Path dir;

    /** Background work that runs only when the test says so; timers on the virtual clock. */
    private final class HeldTasks implements BackgroundTasks {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            held.add(() -> clock.run(work, onDone, onError));
        }

        @Override
        public <T> void whenDone(CompletionStage<T> stage, Consumer<T> onDone, Consumer<Throwable> onError) {
            clock.whenDone(stage, onDone, onError);
        }

        @Override
        public UiTimer timer(Runnable action) {
            return clock.timer(action);
        }
    }

    private static final ReviewViewModel.Transcript UNUSED = new ReviewViewModel.Transcript() {
        @Override
        public void flush() {
        }

        @Override
        public List<Paragraph> stored() {
            throw new AssertionError("nothing is accepted here");
        }

        @Override
        public boolean apply(ParagraphRestore.Edit edit, List<Paragraph> expected) {
            throw new AssertionError("nothing is accepted here");
        }

        @Override
        public void reviewed() {
        }
    };

    private Path returned() throws Exception {
        byte[] docx = ReviewFixtures.edited(ReviewFixtures.exported(story), doc ->
                ReviewFixtures.plainReplace(ReviewFixtures.paragraph(doc, "很高兴"), "谢谢主持人，很高兴和各位网友交流。"));
        return Files.write(dir.resolve("reviewed.docx"), docx);
    }

    @Test
    void aReadThatThrowsAnErrorEndsInAMessageInTheUsersLanguage() throws Exception {
        ReviewViewModel vm = new ReviewViewModel(clock, CHINESE, (id, n) -> {
            throw new NoClassDefFoundError("org/apache/xmlbeans/Missing");
        }, UNUSED, story.id());
        vm.load(returned());
        clock.settle();
        assertThat(vm.errorProperty().get()).isEqualTo(CHINESE.get("reviewui.failed", "reviewed.docx"))
                .doesNotContain("xmlbeans").doesNotContain("Error");
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aReadThatDoesNotAnswerSaysSoAndItsSuggestionsStillShowWhenItDoes() throws Exception {
        HeldTasks tasks = new HeldTasks();
        ReviewViewModel vm = new ReviewViewModel(tasks, CHINESE,
                (id, n) -> id.equals(story.id()) && n == story.revision() ? Optional.of(story) : Optional.empty(),
                UNUSED, story.id());
        vm.load(returned());
        clock.advance(ReviewViewModel.SLOW_READ.minusSeconds(1));
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo(CHINESE.get("reviewui.reading", "reviewed.docx"));

        clock.advance(Duration.ofSeconds(2));
        assertThat(vm.errorProperty().get())
                .isEqualTo(CHINESE.get("reviewui.slow", "reviewed.docx", ReviewViewModel.SLOW_READ.toSeconds()));

        assertThat(tasks.held).hasSize(1);
        tasks.held.get(0).run();
        clock.settle();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.suggestions()).extracting(s -> s.paragraphId()).containsExactly("p2");
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void aReadThatAnswersInTimeLeavesNoTimerBehind() throws Exception {
        ReviewViewModel vm = new ReviewViewModel(clock, CHINESE,
                (id, n) -> id.equals(story.id()) && n == story.revision() ? Optional.of(story) : Optional.empty(),
                UNUSED, story.id());
        vm.load(returned());
        clock.settle();
        assertThat(clock.timerRunning()).isFalse();
        clock.advance(ReviewViewModel.SLOW_READ.plusSeconds(1));
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.suggestions()).hasSize(1);
    }

    @Test
    void aDocumentOfAnotherStorySaysSo() throws Exception {
        ReviewViewModel vm = new ReviewViewModel(clock, CHINESE, (id, n) -> Optional.of(story), UNUSED,
                java.util.UUID.randomUUID());
        vm.load(returned());
        clock.settle();
        assertThat(vm.errorProperty().get()).isEqualTo(CHINESE.get("review.error.otherStory"));
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
