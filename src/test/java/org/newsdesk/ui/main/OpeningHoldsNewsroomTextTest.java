package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.MovedClock;
import org.newsdesk.TestRequirements;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.newsroom.NewsroomSync;
import org.newsdesk.newsroom.PostgresPerClass;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * A newsroom story's text unused for a month is dropped, but never from under an opening
 * editor: once the window starts opening the story (its read still waiting behind other
 * writes), a drop running then leaves the text, and the story opens with it. Real PostgreSQL,
 * real stores; the writer is held between "opening started" and the drop.
 */
@Tag(TestRequirements.SYSTEM)
class OpeningHoldsNewsroomTextTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final MovedClock clock = new MovedClock();
    private Store store;
    private StoreWriter writer;
    private MainViewModel main;

    @AfterEach
    void close() {
        if (main != null) {
            boolean[] done = new boolean[1];
            main.shutdown(() -> done[0] = true);
            tasks.settleUntil(() -> done[0]);
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aDropWhileTheStoryIsBeingOpenedLeavesItsTextAndTheStoryOpensWithIt() throws Exception {
        String url = postgres.newNewsroomDatabase();
        UUID id;
        try (Store colleague = TestStores.fresh(dir.resolve("colleague"));
             ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            id = colleague.stories().create(Metadata.withHeadline("码头夜班"), List.of(),
                    List.of(Paragraph.narration("凌晨两点，吊车还在转。"), Paragraph.narration("装卸工换班了。"))).id();
            new NewsroomSync(colleague, server, "colleague").syncOnce();
        }
        store = TestStores.fresh(dir.resolve("here"), clock);
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            NewsroomSync sync = new NewsroomSync(store, server, "postgres");
            sync.syncOnce();
            sync.fetch(id); // read here once, a month ago
        }
        clock.moveAhead(Duration.ofDays(31));
        writer = new StoreWriter();
        main = new MainViewModel(tasks, messages, ChannelList.DEFAULT, TestFolder.services(store, writer));
        ShownTranscript.follow(main);
        main.begin(null);
        tasks.settle();
        assertThat(store.newsroom().bodies().listed(id)).isFalse();

        // the writer is busy: the opening's read waits behind this
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        writer.submit(() -> {
            writing.countDown();
            busy.await();
            return null;
        });
        writing.await();
        main.open(id); // opening started; not shown yet, so not "the open story" of the newsroom session
        List<UUID> dropped = store.newsroom().bodies().dropUntouched(Duration.ofDays(30),
                story -> story.equals(main.openStoryProperty().get()));
        busy.countDown();
        tasks.settleUntil(() -> id.equals(main.openStoryProperty().get()) || !main.noticeProperty().get().isEmpty());

        assertThat(dropped).as("the story being opened is held").isEmpty();
        assertThat(main.noticeProperty().get()).isEmpty();
        assertThat(main.openStoryProperty().get()).isEqualTo(id);
        assertThat(main.currentStory().paragraphs().stream().map(Paragraph::text))
                .containsExactly("凌晨两点，吊车还在转。", "装卸工换班了。");
        assertThat(store.stories().get(id).paragraphs()).hasSize(2);

        // another story opened: the first one is no longer held, and a month unused, its text goes
        UUID other = store.stories().create(Metadata.withHeadline("早班渡轮"), List.of(),
                List.of(Paragraph.narration("六点整，第一班船离岸。"))).id();
        main.open(other);
        tasks.settleUntil(() -> other.equals(main.openStoryProperty().get()));
        assertThat(store.newsroom().bodies().holds().held(id)).isFalse();
        assertThat(store.newsroom().bodies().dropUntouched(Duration.ofDays(30), story -> false)).containsExactly(id);
    }
}
