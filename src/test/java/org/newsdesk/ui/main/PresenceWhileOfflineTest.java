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
import org.newsdesk.newsroom.TcpProxy;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The banner "‹colleague› is also editing" says what the server told while connected: when this
 * workstation loses the server it goes (nobody can know who is editing), and it comes back with
 * the first report after reconnecting. Real PostgreSQL; the connection is cut by a TCP proxy.
 */
@Tag(TestRequirements.SYSTEM)
class PresenceWhileOfflineTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    private static final NewsroomSession.Timing QUICK = new NewsroomSession.Timing(Duration.ofMillis(100),
            Duration.ofHours(1), Duration.ofMillis(300), Duration.ofSeconds(90), Duration.ofMillis(100), Duration.ofMillis(300));

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private Store here;
    private Store colleagueStore;
    private NewsroomSession colleague;
    private TcpProxy proxy;
    private MainViewModel main;

    @AfterEach
    void close() throws Exception {
        if (main != null) {
            boolean[] done = new boolean[1];
            main.shutdown(() -> done[0] = true);
            tasks.settleUntil(() -> done[0]);
        }
        if (colleague != null) {
            colleague.close();
        }
        for (AutoCloseable c : new AutoCloseable[] {here, colleagueStore, proxy}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void theBannerGoesWhileOfflineAndComesBackOnline() throws Exception {
        String url = postgres.newNewsroomDatabase();
        colleagueStore = TestStores.fresh(dir.resolve("colleague"));
        colleagueStore.newsroom().bodies().keepAll(true);
        UUID id = colleagueStore.stories().create(Metadata.withHeadline("夜班码头"), List.of(),
                List.of(Paragraph.narration("吊车还在转。"))).id();
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            new NewsroomSync(colleagueStore, server, "colleague").syncOnce();
        }
        here = TestStores.fresh(dir.resolve("here"));
        here.newsroom().bodies().keepAll(true);
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            new NewsroomSync(here, server, "postgres").syncOnce();
        }
        colleague = new NewsroomSession(colleagueStore,
                () -> Optional.of(new NewsroomSession.Account(url, "postgres", null, "李记者")), QUICK);
        colleague.open(id);
        colleague.start();

        proxy = new TcpProxy(postgres.port());
        main = new MainViewModel(tasks, messages, ChannelList.DEFAULT, TestFolder.services(here));
        main.begin(null);
        tasks.settle();
        main.open(id);
        tasks.settleUntil(() -> id.equals(main.openStoryProperty().get()));
        NewsroomSession session = new NewsroomSession(here,
                () -> Optional.of(new NewsroomSession.Account(proxy.via(url), "postgres", null, "王编辑")), QUICK);
        main.newsroom().start(session);
        String banner = messages.get("newsroom.banner.alsoEditing", "李记者");
        tasks.settleUntil(() -> banner.equals(main.newsroom().presenceProperty().get()));
        assertThat(main.newsroom().openElsewhere(id)).contains("李记者");

        proxy.cut();
        tasks.settleUntil(() -> session.status().state() == NewsroomSession.State.OFFLINE
                && main.newsroom().stateProperty().get() == NewsroomSession.State.OFFLINE);
        assertThat(main.newsroom().presenceProperty().get()).as("offline: nobody can know who is editing").isEmpty();
        assertThat(main.newsroom().openElsewhere(id)).isEmpty();

        proxy.restore();
        tasks.settleUntil(() -> banner.equals(main.newsroom().presenceProperty().get()));
        assertThat(main.newsroom().stateProperty().get()).isIn(NewsroomSession.State.ONLINE, NewsroomSession.State.SYNCING);
    }
}
