package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The metadata pane's autosave and the status moves, through the main window's model, without
 * the JavaFX toolkit: the autosave's quiet period runs on the seam's virtual clock.
 */
class WorkflowAndAutosaveTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private Store store;
    private MainViewModel main;
    private Story story;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        story = store.stories().create(Metadata.withHeadline("Harbour ferries at dawn"), List.of(), List.of());
        main = new MainViewModel(tasks, ENGLISH, ChannelList.DEFAULT, TestFolder.services(store));
        main.editor().setTranscriptSource(() -> List::of);
        main.begin(null);
        tasks.settle();
        main.open(story.id());
        tasks.settle();
    }

    @AfterEach
    void close() {
        boolean[] done = new boolean[1];
        main.shutdown(() -> done[0] = true);
        tasks.settleUntil(() -> done[0]);
    }

    @Test
    void aTypedHeadlineIsSavedOnceTypingPauses() {
        main.metadata().headlineProperty().set("Harbour ferries at six");
        main.metadata().headlineProperty().set("Harbour ferries at seven");
        tasks.advance(Duration.ofMillis(399));
        tasks.settle();
        assertThat(store.stories().get(story.id()).metadata().headline()).isEqualTo("Harbour ferries at dawn");

        tasks.advance(Duration.ofMillis(1));
        tasks.settle();

        assertThat(store.stories().get(story.id()).metadata().headline()).isEqualTo("Harbour ferries at seven");
    }

    @Test
    void aMoveTheWorkflowDoesNotAllowIsRefusedAtOnce() {
        List<Status> moved = new ArrayList<>();
        main.moveTo(Status.PUBLISHED, moved::add);

        assertThat(moved).isEmpty();
        assertThat(main.workflow().outcomeProperty().get()).isEqualTo(ENGLISH.get("workflow.notAllowed",
                main.workflow().label(Status.DRAFT), main.workflow().label(Status.PUBLISHED)));
    }

    @Test
    void anEmptyStoryIsNotReadyForReviewAndSaysWhatIsMissing() {
        List<Status> moved = new ArrayList<>();
        main.moveTo(Status.READY, moved::add);
        tasks.settle();

        assertThat(moved).isEmpty();
        assertThat(main.workflow().statusProperty().get()).isEqualTo(Status.DRAFT);
        assertThat(main.workflow().reportProperty().get()).isNotNull();
        assertThat(main.workflow().reportProperty().get().failures()).isNotEmpty();
        assertThat(store.stories().get(story.id()).status()).isEqualTo(Status.DRAFT);
    }
}
