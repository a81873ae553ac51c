package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;

/** Metadata changed on two workstations, merged field by field through a real PostgreSQL. */
@Tag(TestRequirements.SYSTEM)
class NewsroomMetadataMergeTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private final List<AutoCloseable> open = new ArrayList<>();
    private Store a;
    private Store b;
    private NewsroomSync syncA;
    private NewsroomSync syncB;
    private UUID id;

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private void twoStationsWithOneStory() {
        String url = postgres.newNewsroomDatabase();
        a = TestStores.fresh(folders.resolve("a"));
        b = TestStores.fresh(folders.resolve("b"));
        a.newsroom().bodies().keepAll(true); // merging whole stories: every body kept offline (bodies on demand: NewsroomBodiesTest)
        b.newsroom().bodies().keepAll(true);
        open.add(a);
        open.add(b);
        ServerLibrary sa = ServerLibrary.connect(url, null, null);
        ServerLibrary sb = ServerLibrary.connect(url, null, null);
        open.add(sa);
        open.add(sb);
        syncA = new NewsroomSync(a, sa, "a");
        syncB = new NewsroomSync(b, sb, "b");
        id = a.stories().create(Metadata.withHeadline("老街口的修鞋摊"), List.of(),
                List.of(Paragraph.narration("修鞋摊在这里摆了三十年。"))).id();
        syncA.syncOnce();
        syncB.syncOnce();
    }

    private static void change(Store store, UUID id, UnaryOperator<Metadata> how) {
        Story s = store.stories().get(id);
        store.stories().updateMetadata(id, s.version(), how.apply(s.metadata()));
    }

    @Test
    void differentFieldsChangedOnBothSidesAreBothKept() {
        twoStationsWithOneStory();
        change(a, id, m -> m.withHeadlineText("老街口修鞋摊摆了三十年"));
        change(b, id, m -> m.withSource("区融媒体中心"));
        syncA.syncOnce();
        SyncReport merging = syncB.syncOnce();
        assertThat(merging.conflicted()).isEmpty();
        syncA.syncOnce();
        for (Store s : List.of(a, b)) {
            Metadata m = s.stories().get(id).metadata();
            assertThat(m.headline()).isEqualTo("老街口修鞋摊摆了三十年");
            assertThat(m.source()).isEqualTo("区融媒体中心");
        }
    }

    @Test
    void theSameFieldChangedOnOneSideOnlyTakesThatSide() {
        twoStationsWithOneStory();
        // b changes the headline and changes it back: unchanged from the base, so a's wins
        change(b, id, m -> m.withHeadlineText("临时标题"));
        change(b, id, m -> m.withHeadlineText("老街口的修鞋摊"));
        change(b, id, m -> m.withEditor("王编辑"));
        change(a, id, m -> m.withHeadlineText("修鞋摊的三十年"));
        syncA.syncOnce();
        assertThat(syncB.syncOnce().conflicted()).isEmpty();
        syncA.syncOnce();
        for (Store s : List.of(a, b)) {
            assertThat(s.stories().get(id).metadata().headline()).isEqualTo("修鞋摊的三十年");
            assertThat(s.stories().get(id).metadata().editor()).isEqualTo("王编辑");
        }
    }

    @Test
    void theSameFieldChangedDifferentlyIsKeptAsAConflictAndTheirsCanBeTaken() {
        twoStationsWithOneStory();
        change(a, id, m -> m.withHeadlineText("修鞋摊的三十年"));
        change(b, id, m -> m.withHeadlineText("三十年，一个修鞋摊"));
        syncA.syncOnce();
        SyncReport report = syncB.syncOnce();
        assertThat(report.conflicted()).containsExactly(id);
        assertThat(report.pushed()).as("nothing pushed over a's headline while it is open").isZero();
        List<NewsroomReplica.Conflict> open = b.newsroom().conflicts(id);
        assertThat(open).extracting(NewsroomReplica.Conflict::item).containsExactly("field:metadata.headline");
        assertThat(open.get(0).mine()).isEqualTo("三十年，一个修鞋摊");
        assertThat(open.get(0).theirs()).isEqualTo("修鞋摊的三十年");
        assertThat(b.stories().get(id).metadata().headline()).isEqualTo("三十年，一个修鞋摊");

        Story resolved = new ConflictResolution(b).resolve(id, "field:metadata.headline", ConflictResolution.Take.THEIRS);
        assertThat(resolved.metadata().headline()).isEqualTo("修鞋摊的三十年");
        assertThat(b.newsroom().conflicts(id)).isEmpty();
        syncB.syncOnce();
        syncA.syncOnce();
        assertThat(a.stories().get(id).metadata().headline()).isEqualTo("修鞋摊的三十年");
        assertThat(ServerCodec.sameContent(a.stories().get(id), b.stories().get(id))).isTrue();
    }
}
