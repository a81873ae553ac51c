package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.LibraryFilter;
import org.newsdesk.store.ReplicaBodies;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.store.server.ServerStory;

/**
 * A first join cut midway (the connection to the server reset while the library streams in)
 * goes on where it stopped: the stories written before the cut stay, none is written twice,
 * none is missing, and the library lists every one of them with the server's headline and
 * status. Real PostgreSQL; the joining workstation reaches it through a proxy the test cuts.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomJoinResumeTest {

    private static final int STORIES = 23;
    private static final int CHUNK = 5;

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

    private NewsroomSync sync(Store store, String url, String login) {
        ServerLibrary server = ServerLibrary.connect(url, null, null);
        open.add(server);
        NewsroomSync sync = new NewsroomSync(store, server, login);
        sync.pullChunk(CHUNK);
        return sync;
    }

    @Test
    void aJoinCutMidwayGoesOnWhereItStoppedWithoutLossOrDuplicates() throws Exception {
        String url = postgres.newNewsroomDatabase();
        Store a = TestStores.fresh(folders.resolve("a"));
        open.add(a);
        List<UUID> ids = new ArrayList<>();
        for (int n = 1; n <= STORIES; n++) {
            ids.add(a.stories().create(Metadata.withHeadline("菜场早市第" + n + "篇"), List.of(),
                    List.of(Paragraph.narration("第" + n + "篇：五点开门。"))).id());
        }
        sync(a, url, "a").syncOnce();
        Map<UUID, ServerStory> onServer;
        try (ServerLibrary reader = ServerLibrary.connect(url, null, null)) {
            onServer = reader.changedSince(0).stream().collect(Collectors.toMap(ServerStory::id, s -> s));
        }
        assertThat(onServer).hasSize(STORIES);

        TcpProxy proxy = new TcpProxy(postgres.port());
        open.add(proxy);
        Store b = TestStores.fresh(folders.resolve("b"));
        open.add(b);
        NewsroomSync first = sync(b, proxy.via(url), "b");
        // the connection is reset while the third batch is written: the cursor cannot read the fourth
        UUID cutAt = ids.get(2 * CHUNK + 1);
        AtomicBoolean cut = new AtomicBoolean();
        first.holdWhile(id -> {
            if (id.equals(cutAt) && cut.compareAndSet(false, true)) {
                proxy.cut();
            }
            return false;
        });
        assertThatThrownBy(first::syncOnce).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.problem()).isEqualTo(ServerException.Problem.UNREACHABLE));
        assertThat(cut).isTrue();
        int before = b.library().list(LibraryFilter.ALL).size();
        assertThat(before).as("three batches were written before the cut").isEqualTo(3 * CHUNK);
        long mark = Long.parseLong(b.appState().get(NewsroomSync.PULLED).orElseThrow());
        assertThat(mark).as("the pull's mark kept the batches already written")
                .isEqualTo(onServer.get(ids.get(3 * CHUNK - 1)).changeSeq());

        proxy.restore();
        SyncReport resumed = sync(b, proxy.via(url), "b").syncOnce();
        assertThat(resumed.pulled()).as("only the stories after the mark").isEqualTo(STORIES - 3 * CHUNK);
        assertThat(resumed.pushed()).isZero();

        List<LibraryEntry> listed = b.library().list(LibraryFilter.ALL);
        assertThat(listed).hasSize(STORIES);
        assertThat(new HashSet<>(listed.stream().map(e -> e.summary().id()).toList())).containsExactlyInAnyOrderElementsOf(ids);
        for (LibraryEntry e : listed) {
            Story theirs = ServerCodec.fromServer(onServer.get(e.summary().id()), null);
            assertThat(e.summary().headline()).isEqualTo(theirs.metadata().headline());
            assertThat(e.summary().status()).isEqualTo(theirs.status());
        }
        assertThat(b.newsroom().bodies().counts()).isEqualTo(new ReplicaBodies.Counts(0, STORIES));
        for (UUID id : ids) {
            assertThat(b.newsroom().base(id).orElseThrow().serverVersion()).isEqualTo(onServer.get(id).version());
        }
        // nothing joined is pushed back (the joined stories are only listed: the look for candidates never reads them)
        assertThat(b.newsroom().pushCandidates()).isEmpty();
        assertThat(sync(b, proxy.via(url), "b").syncOnce().pulled()).isZero();
        assertThat(sync(b, url, "b").fetch(ids.get(STORIES - 1)).paragraphs()).extracting(Paragraph::text)
                .containsExactly("第" + STORIES + "篇：五点开门。");
    }
}
