package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The main window's model without a window or the JavaFX toolkit: a real store, its real
 * writer thread, every pane's view model; background work runs on the test thread and the
 * writer's outcomes come back to it when the seam settles.
 */
class MainViewModelTest {

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private List<Paragraph> shown;
    private Store store;
    private MainViewModel main;
    private boolean closed;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        main = new MainViewModel(tasks, new Messages(Locale.ENGLISH), ChannelList.DEFAULT, TestFolder.services(store));
        shown = ShownTranscript.follow(main);
    }

    @AfterEach
    void close() {
        if (!closed) {
            shutDown();
        }
    }

    private void shutDown() {
        boolean[] done = new boolean[1];
        main.shutdown(() -> done[0] = true);
        tasks.settleUntil(() -> done[0]);
        closed = true;
    }

    private List<String> headlines() {
        return main.library().entries().stream().map(LibraryEntry::summary).map(s -> s.headline()).toList();
    }

    @Test
    void attachingShowsTheLibraryAndReopensTheLastStoryWhereTheCaretWas() {
        Story ferries = store.stories().create(Metadata.withHeadline("Harbour ferries at dawn"), List.of(),
                List.of(Paragraph.narration("渡輪清晨六點開出。")));
        store.stories().create(Metadata.withHeadline("The night market reopens"), List.of(), List.of());
        store.appState().put(Startup.LAST_STORY, ferries.id().toString());
        store.appState().put(Startup.LAST_CARET, "4");

        main.begin(null);
        tasks.settle();

        assertThat(main.readyProperty().get()).isTrue();
        assertThat(headlines()).containsExactlyInAnyOrder("Harbour ferries at dawn", "The night market reopens");
        assertThat(main.openStoryProperty().get()).isEqualTo(ferries.id());
        assertThat(main.currentStory().metadata().headline()).isEqualTo("Harbour ferries at dawn");
        assertThat(shown).extracting(Paragraph::text).containsExactly("渡輪清晨六點開出。");
    }

    @Test
    void aNewStoryRenamedIsInTheLibraryAndIsOpenedAgainAfterAClose() {
        main.begin(null);
        tasks.settle();

        main.newStory();
        tasks.settle();
        UUID created = main.openStoryProperty().get();
        assertThat(created).isNotNull();
        main.rename("The night market reopens");
        tasks.advance(Duration.ofSeconds(1));
        tasks.settleUntil(() -> headlines().contains("The night market reopens"));

        shutDown();

        try (Store again = TestStores.fresh(dir)) {
            assertThat(again.stories().get(created).metadata().headline()).isEqualTo("The night market reopens");
            assertThat(Startup.read(again).story()).map(Story::id).contains(created);
        }
    }

    @Test
    void aStoryMovedToTheTrashLeavesTheLibraryAndCanComeBack() {
        Story ferries = store.stories().create(Metadata.withHeadline("Harbour ferries at dawn"), List.of(), List.of());
        main.begin(null);
        tasks.settle();
        main.open(ferries.id());
        tasks.settle();
        assertThat(main.openStoryProperty().get()).isEqualTo(ferries.id());

        main.moveToTrash();
        tasks.settleUntil(() -> headlines().isEmpty());
        assertThat(main.openStoryProperty().get()).isNull();
        assertThat(main.noticeProperty().get()).isEqualTo(new Messages(Locale.ENGLISH).get("notice.trashed"));

        boolean[] restored = new boolean[1];
        main.restoreFromTrash(ferries.id(), () -> restored[0] = true);
        tasks.settleUntil(() -> restored[0] && headlines().contains("Harbour ferries at dawn"));
    }

    @Test
    void closingWithNothingPendingIsReadyAtOnceAfterTheWriterDrains() {
        main.begin(null);
        tasks.settle();
        List<String> outcome = new ArrayList<>();

        main.prepareToClose(() -> outcome.add("ready"), outcome::add);
        tasks.settle();

        assertThat(outcome).containsExactly("ready");
        assertThat(main.noticeProperty().get()).isEmpty();
    }
}
