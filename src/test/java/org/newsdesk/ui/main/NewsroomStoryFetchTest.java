package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.newsroom.NewsroomSession;
import org.newsdesk.newsroom.NewsroomSync;
import org.newsdesk.newsroom.PostgresPerClass;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The window's view models opening a newsroom story joined with its metadata only: offline it
 * says the text is still on the server and changes nothing; online the session fetches the
 * text in the background and the story opens with it. Real PostgreSQL, real stores.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomStoryFetchTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    private static final NewsroomSession.Timing QUICK = new NewsroomSession.Timing(Duration.ofMillis(100),
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(90), Duration.ofMillis(100), Duration.ofSeconds(1));

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private List<Paragraph> shown;
    private Store store;
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
    void aStoryWhoseTextIsOnTheServerOpensOnceFetchedAndOfflineTheWindowSaysSoAndChangesNothing() {
        String url = postgres.newNewsroomDatabase();
        UUID id;
        try (Store colleague = TestStores.fresh(dir.resolve("colleague"));
             ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            id = colleague.stories().create(Metadata.withHeadline("码头夜班"), List.of(),
                    List.of(Paragraph.narration("凌晨两点，吊车还在转。"), Paragraph.narration("装卸工换班了。"))).id();
            new NewsroomSync(colleague, server, "colleague").syncOnce();
        }
        store = TestStores.fresh(dir.resolve("here"));
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            new NewsroomSync(store, server, "postgres").syncOnce(); // joined: the metadata only
        }
        main = new MainViewModel(tasks, messages, ChannelList.DEFAULT, TestFolder.services(store));
        shown = ShownTranscript.follow(main);
        main.begin(null);
        tasks.settle();

        // no newsroom session yet (offline): a clear notice, the story stays as it was
        long version = store.stories().get(id).version();
        main.open(id);
        tasks.settle();
        assertThat(main.noticeProperty().get()).isEqualTo(messages.get("nrmeta.body.offline"));
        assertThat(main.openStoryProperty().get()).isNotEqualTo(id);
        assertThat(store.newsroom().bodies().listed(id)).isTrue();
        assertThat(store.stories().get(id).version()).isEqualTo(version);

        NewsroomSession session = new NewsroomSession(store,
                () -> Optional.of(new NewsroomSession.Account(url, "postgres", null, "本机")), QUICK);
        main.newsroom().start(session);
        tasks.settleUntil(() -> session.status().state() == NewsroomSession.State.ONLINE);
        main.open(id);
        tasks.settleUntil(() -> id.equals(main.openStoryProperty().get()));
        assertThat(main.currentStory().paragraphs().stream().map(Paragraph::text))
                .containsExactly("凌晨两点，吊车还在转。", "装卸工换班了。");
        assertThat(main.noticeProperty().get()).isEmpty();
        assertThat(store.newsroom().bodies().listed(id)).isFalse();
    }
}
