package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a story whose text is still on the server while the session waits to try the server
 * again: the open tries at once and waits for that try, instead of being told the server cannot
 * be reached until the next try (minutes later). Real PostgreSQL behind a proxy the test cuts.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomSessionFetchTest {

    /** The pause before the session tries again: far longer than the test waits. */
    private static final NewsroomSession.Timing SLOW_RETRY = new NewsroomSession.Timing(Duration.ofMillis(100),
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(90), Duration.ofMinutes(30), Duration.ofMinutes(30));

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void openingAListedStoryWhileTheSessionWaitsToRetryTriesTheServerAtOnce() throws Exception {
        String url = postgres.newNewsroomDatabase();
        Store a = TestStores.fresh(folders.resolve("a"));
        open.add(a);
        UUID id = a.stories().create(Metadata.withHeadline("夜班公交"), List.of(),
                List.of(Paragraph.narration("末班车十一点发出。"), Paragraph.narration("司机老周开了二十年。"))).id();
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            new NewsroomSync(a, server, "a").syncOnce();
        }
        Store b = TestStores.fresh(folders.resolve("b"));
        open.add(b);
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            new NewsroomSync(b, server, "b").syncOnce(); // joined: metadata only
        }
        assertThat(b.newsroom().bodies().listed(id)).isTrue();

        TcpProxy proxy = new TcpProxy(postgres.port());
        open.add(proxy);
        proxy.cut();
        NewsroomSession session = new NewsroomSession(b,
                () -> Optional.of(new NewsroomSession.Account(proxy.via(url), "postgres", null, "乙")), SLOW_RETRY);
        open.add(session);
        session.start();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> session.status().state() == NewsroomSession.State.OFFLINE);

        proxy.restore();
        Story fetched = session.fetch(id).get(60, TimeUnit.SECONDS);
        assertThat(fetched.paragraphs()).extracting(Paragraph::text)
                .containsExactly("末班车十一点发出。", "司机老周开了二十年。");
        assertThat(b.newsroom().bodies().listed(id)).isFalse();
    }
}
