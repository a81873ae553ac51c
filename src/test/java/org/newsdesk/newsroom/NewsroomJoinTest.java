package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;

/**
 * Joining a newsroom that already holds a library: the first pull writes the stories new here
 * in batches (small ones here, so a pull crosses several), and what it writes must be exactly
 * the server's content with a base good for the next three-way merge.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomJoinTest {

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

    private NewsroomSync station(String url, String name, Store[] store) {
        store[0] = TestStores.fresh(folders.resolve(name));
        store[0].newsroom().bodies().keepAll(true); // the join that copies every body (metadata only: NewsroomBodiesTest)
        open.add(store[0]);
        ServerLibrary server = ServerLibrary.connect(url, null, null);
        open.add(server);
        NewsroomSync sync = new NewsroomSync(store[0], server, name);
        sync.pullChunk(7);
        return sync;
    }

    private static UUID story(Store store, int n) {
        List<Paragraph> paragraphs = List.of(
                new Paragraph(Paragraph.newId(), "host", List.of(Span.plain("第" + n + "篇，"),
                        Span.styled("开场白", SpanStyle.BOLD)), Duration.ofSeconds(n)),
                Paragraph.of("guest", "第" + n + "篇：老街的变化。"),
                Paragraph.narration("（第" + n + "篇完）"));
        return store.stories().create(Metadata.withHeadline("街坊故事第" + n + "篇"),
                List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                        new Speaker("guest", "吴海燕", "吴海燕", "街道办主任", SpeakerRole.GUEST)),
                paragraphs).id();
    }

    private static void edit(Store store, UUID id, int index, String text) {
        Story s = store.stories().get(id);
        List<Paragraph> now = new ArrayList<>(s.paragraphs());
        Paragraph p = now.get(index);
        now.set(index, new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start()));
        store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
    }

    @Test
    void aFirstJoinWritesTheWholeLibraryInBatchesReadyForMergingAndPushesNothing() {
        String url = postgres.newNewsroomDatabase();
        Store[] a = new Store[1];
        Store[] b = new Store[1];
        NewsroomSync syncA = station(url, "a", a);
        List<UUID> ids = new ArrayList<>();
        for (int n = 1; n <= 20; n++) {
            ids.add(story(a[0], n));
        }
        assertThat(syncA.syncOnce().pushed()).isEqualTo(20);
        a[0].stories().moveToTrash(ids.get(4));
        assertThat(syncA.syncOnce().pushed()).isEqualTo(1);

        NewsroomSync syncB = station(url, "b", b);
        SyncReport joined = syncB.syncOnce();
        assertThat(joined.pulled()).isEqualTo(20);
        assertThat(joined.pushed()).isZero();
        for (UUID id : ids) {
            Story mine = b[0].stories().get(id);
            Story theirs = a[0].stories().get(id);
            assertThat(ServerCodec.sameContent(mine, theirs)).as("story %s", id).isTrue();
            assertThat(mine.paragraphs()).isEqualTo(theirs.paragraphs());
        }
        assertThat(b[0].newsroom().trashed(ids.get(4))).isTrue();
        assertThat(b[0].newsroom().trashed(ids.get(5))).isFalse();
        assertThat(b[0].newsroom().pushCandidates()).isEmpty();
        assertThat(syncB.syncOnce()).isEqualTo(new SyncReport(0, 0, 0, List.of(), List.of()));

        // a later pull mixes stories new here with ones to merge, in the same batches
        List<UUID> more = new ArrayList<>();
        for (int n = 21; n <= 30; n++) {
            more.add(story(a[0], n));
        }
        edit(a[0], ids.get(3), 1, "第4篇：老街的变化很大。");
        edit(b[0], ids.get(3), 2, "（第4篇完，记者李宝纯）");
        syncA.syncOnce();
        SyncReport later = syncB.syncOnce();
        assertThat(later.pulled()).isEqualTo(11);
        assertThat(later.merged()).isEqualTo(1);
        assertThat(later.pushed()).isEqualTo(1);
        syncA.syncOnce();
        List<String> both = List.of("第4篇，开场白", "第4篇：老街的变化很大。", "（第4篇完，记者李宝纯）");
        assertThat(a[0].stories().get(ids.get(3)).paragraphs().stream().map(Paragraph::text)).isEqualTo(both);
        assertThat(b[0].stories().get(ids.get(3)).paragraphs().stream().map(Paragraph::text)).isEqualTo(both);
        assertThat(b[0].stories().get(more.get(9)).metadata().headline()).isEqualTo("街坊故事第30篇");
        assertThat(b[0].newsroom().pushCandidates()).isEmpty();
    }
}
