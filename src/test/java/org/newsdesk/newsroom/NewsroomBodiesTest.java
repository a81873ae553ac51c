package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.ReplicaBodies;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;

/**
 * Joining copies metadata only; bodies come when a story is opened, and at once for stories
 * kept offline and those assigned to this login. Real PostgreSQL; workstation b reaches it
 * through a proxy the test cuts.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomBodiesTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private String url;
    private Store a;
    private Store b;
    private TcpProxy proxy;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void twoWorkstations() throws Exception {
        url = postgres.newNewsroomDatabase();
        a = TestStores.fresh(folders.resolve("a"));
        open.add(a);
        b = TestStores.fresh(folders.resolve("b"));
        open.add(b);
        proxy = new TcpProxy(postgres.port());
        open.add(proxy);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private NewsroomSync syncA() {
        ServerLibrary server = ServerLibrary.connect(url, null, null);
        open.add(server);
        return new NewsroomSync(a, server, "a");
    }

    private NewsroomSync syncB() {
        ServerLibrary server = ServerLibrary.connect(proxy.via(url), null, null);
        open.add(server);
        return new NewsroomSync(b, server, "b");
    }

    private UUID story(int n) {
        return a.stories().create(Metadata.withHeadline("社区菜场第" + n + "篇"),
                List.of(new Speaker("guest", "摊主", "刘海英", "", SpeakerRole.GUEST)),
                List.of(Paragraph.of("guest", "第" + n + "篇：早上五点开门。"), Paragraph.narration("第" + n + "篇：记者手记。"),
                        Paragraph.narration("（第" + n + "篇完）"))).id();
    }

    private static List<String> texts(Store store, UUID id) {
        return store.stories().get(id).paragraphs().stream().map(Paragraph::text).toList();
    }

    private static void edit(Store store, UUID id, int index, String text) {
        Story s = store.stories().get(id);
        List<Paragraph> now = new ArrayList<>(s.paragraphs());
        Paragraph p = now.get(index);
        now.set(index, new Paragraph(p.id(), p.speakerKey(), List.of(org.newsdesk.model.Span.plain(text)), p.start()));
        store.stories().applyEdit(id, s.version(), org.newsdesk.model.TranscriptEdit.between(s.paragraphs(), now));
    }

    @Test
    void aJoinCopiesMetadataOnlyAndOpeningAStoryFetchesItsBodyReadyForMerging() {
        List<UUID> ids = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            ids.add(story(n));
        }
        NewsroomSync sa = syncA();
        sa.syncOnce();
        NewsroomSync sb = syncB();
        SyncReport joined = sb.syncOnce();

        assertThat(joined.pulled()).isEqualTo(5);
        assertThat(joined.pushed()).isZero();
        UUID first = ids.get(0);
        assertThat(b.stories().get(first).metadata().headline()).isEqualTo("社区菜场第1篇");
        assertThat(b.stories().get(first).paragraphs()).isEmpty();
        assertThat(b.newsroom().bodies().listed(first)).isTrue();
        assertThat(b.newsroom().base(first).orElseThrow().snapshot()).as("no snapshot before the body").isNull();
        assertThat(b.newsroom().bodies().counts()).isEqualTo(new ReplicaBodies.Counts(0, 5));
        assertThat(b.newsroom().pushCandidates()).isEmpty();

        // a metadata change on the server reaches the listed story without its body
        Story s2 = a.stories().get(ids.get(1));
        a.stories().updateMetadata(s2.id(), s2.version(), s2.metadata().withHeadlineText("社区菜场第2篇（修订）"));
        sa.syncOnce();
        assertThat(sb.syncOnce().pulled()).isEqualTo(1);
        assertThat(b.stories().get(ids.get(1)).metadata().headline()).isEqualTo("社区菜场第2篇（修订）");
        assertThat(b.newsroom().bodies().listed(ids.get(1))).isTrue();

        // opened: the body comes, and it is the server's exactly
        Story fetched = sb.fetch(first);
        assertThat(fetched.paragraphs()).isEqualTo(a.stories().get(first).paragraphs());
        assertThat(fetched.speakers()).isEqualTo(a.stories().get(first).speakers());
        assertThat(b.newsroom().bodies().listed(first)).isFalse();
        assertThat(b.newsroom().bodies().counts()).isEqualTo(new ReplicaBodies.Counts(1, 4));
        assertThat(b.newsroom().pushCandidates()).isEmpty();
        assertThat(sb.syncOnce().pushed()).isZero();
    }

    @Test
    void openingANeverFetchedStoryOfflineFailsClearlyAndLosesNothing() {
        UUID id = story(1);
        syncA().syncOnce();
        NewsroomSync sb = syncB();
        sb.syncOnce();
        Story before = b.stories().get(id);

        proxy.cut();
        proxy.resetAll();
        assertThatThrownBy(() -> sb.fetch(id)).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.problem()).isEqualTo(ServerException.Problem.UNREACHABLE));
        assertThat(b.newsroom().bodies().listed(id)).isTrue();
        assertThat(b.stories().get(id).metadata()).isEqualTo(before.metadata());
        assertThat(b.stories().get(id).version()).isEqualTo(before.version());
        assertThat(b.newsroom().pushCandidates()).isEmpty();

        proxy.restore();
        assertThat(syncB().fetch(id).paragraphs()).isEqualTo(a.stories().get(id).paragraphs());
    }

    @Test
    void storiesKeptOfflineAndStoriesAssignedToMeAreFetchedByTheSyncAfterTheJoin() {
        UUID mine = story(1);
        UUID kept = story(2);
        UUID other = story(3);
        NewsroomSync sa = syncA();
        sa.syncOnce();
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            server.desk().assign(mine, "b", "a");
        }
        NewsroomSync sb = syncB();
        sb.syncOnce();
        assertThat(texts(b, mine)).isEqualTo(texts(a, mine));
        assertThat(b.newsroom().bodies().listed(kept)).isTrue();

        b.newsroom().bodies().keep(kept, true);
        sb.fetchWantedBodies();
        sb.syncOnce();
        assertThat(texts(b, kept)).isEqualTo(texts(a, kept));
        assertThat(b.newsroom().bodies().listed(other)).isTrue();
        assertThat(b.newsroom().bodies().counts()).isEqualTo(new ReplicaBodies.Counts(2, 1));
        assertThat(b.newsroom().bodies().kept(kept)).isTrue();
        assertThat(b.newsroom().pushCandidates()).isEmpty();
    }

    @Test
    void editsAfterALazyFetchMergeAsBefore() {
        UUID id = story(1);
        NewsroomSync sa = syncA();
        sa.syncOnce();
        NewsroomSync sb = syncB();
        sb.syncOnce();
        edit(a, id, 0, "第1篇：早上四点半就开门了。");
        sa.syncOnce();
        sb.syncOnce(); // only the metadata moves here: still listed
        assertThat(b.newsroom().bodies().listed(id)).isTrue();

        sb.fetch(id); // the newest body
        assertThat(texts(b, id).get(0)).isEqualTo("第1篇：早上四点半就开门了。");
        edit(a, id, 1, "第1篇：记者手记，摊主姓刘。");
        edit(b, id, 2, "（第1篇完，记者王芳）");
        sa.syncOnce();
        SyncReport merged = sb.syncOnce();
        assertThat(merged.merged()).isEqualTo(1);
        assertThat(merged.pushed()).isEqualTo(1);
        sa.syncOnce();
        List<String> both = List.of("第1篇：早上四点半就开门了。", "第1篇：记者手记，摊主姓刘。", "（第1篇完，记者王芳）");
        assertThat(texts(a, id)).isEqualTo(both);
        assertThat(texts(b, id)).isEqualTo(both);

        // the same paragraph on both sides, overlapping: a conflict, both versions kept
        edit(a, id, 1, "甲改了这一段。");
        edit(b, id, 1, "乙也改了这一段。");
        sa.syncOnce();
        SyncReport conflicted = sb.syncOnce();
        assertThat(conflicted.conflicted()).containsExactly(id);
        assertThat(b.newsroom().conflicts(id)).singleElement()
                .satisfies(c -> assertThat(c.mine() + c.theirs()).contains("乙也改了这一段。", "甲改了这一段。"));
    }

    @Test
    void aTrashMoveOfAStoryWhoseBodyIsNotHereIsPushedWithItsBodyIntact() {
        UUID id = story(1);
        NewsroomSync sa = syncA();
        sa.syncOnce();
        NewsroomSync sb = syncB();
        sb.syncOnce();
        b.stories().moveToTrash(id);

        SyncReport pushed = sb.syncOnce();
        assertThat(pushed.pushed()).isEqualTo(1);
        assertThat(b.newsroom().bodies().listed(id)).isFalse();
        sa.syncOnce();
        assertThat(a.newsroom().trashed(id)).isTrue();
        assertThat(texts(a, id)).hasSize(3).first().isEqualTo("第1篇：早上五点开门。");
        assertThat(texts(b, id)).isEqualTo(texts(a, id));
    }
}
