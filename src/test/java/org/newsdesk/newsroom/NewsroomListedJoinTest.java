package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Story;
import org.newsdesk.store.LibraryFilter;
import org.newsdesk.store.ReplicaBodies;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;

/**
 * A first join lists the newsroom's stories without their bodies: each names the editor whose
 * push made it (the sign-off's "last changed by"), its revisions kept on the server are listed
 * here as before, and opening it brings its body (a real PostgreSQL).
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomListedJoinTest {

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
    void aJoinedStoryNamesWhoPushedItAndOpeningItBringsItsHistory() {
        TestNewsroom newsroom = new TestNewsroom(postgres);
        String zhou = newsroom.editor("zhou", "周编辑", "editor");
        String wu = newsroom.editor("wu", "吴记者", "editor");
        Store a = desk("a", "周编辑");
        Story s = a.stories().create(Metadata.withHeadline("夜市搬到了河边"), List.of(),
                List.of(Paragraph.narration("摊位比去年多了一倍。"), Paragraph.narration("城管说十点收摊。")));
        a.stories().saveRevision(s.id(), a.stories().version(s.id()), "周编辑");
        Story other = a.stories().create(Metadata.withHeadline("河边新装了路灯"), List.of(),
                List.of(Paragraph.narration("一共四十盏。")));
        newsroom.sync(a, zhou);

        Store b = desk("b", "吴记者");
        try (ServerLibrary server = ServerLibrary.connect(newsroom.bare, wu, null)) {
            NewsroomSync sb = new NewsroomSync(b, server, wu);
            assertThat(sb.syncOnce().pulled()).isEqualTo(2);
            assertThat(b.newsroom().bodies().counts()).isEqualTo(new ReplicaBodies.Counts(0, 2));
            assertThat(b.library().list(LibraryFilter.ALL)).extracting(e -> e.summary().headline())
                    .containsExactlyInAnyOrder("夜市搬到了河边", "河边新装了路灯");
            assertThat(lastChangedBy(b, s.id())).isEqualTo("周编辑");
            assertThat(lastChangedBy(b, other.id())).isEqualTo("周编辑");
            assertThat(b.stories().revisions(s.id())).as("listed with the story before its body is here").hasSize(1);
            assertThat(b.newsroom().bodies().listed(s.id())).isTrue();

            Story fetched = sb.fetch(s.id());
            assertThat(fetched.paragraphs()).extracting(Paragraph::text).containsExactly("摊位比去年多了一倍。", "城管说十点收摊。");
            assertThat(lastChangedBy(b, s.id())).isEqualTo("周编辑");
            List<RevisionInfo> history = b.stories().revisions(s.id());
            assertThat(history).hasSize(1);
            assertThat(history.get(0).newsroomNumber()).isEqualTo(1);
            assertThat(b.stories().revision(s.id(), history.get(0).number()).paragraphs()).extracting(Paragraph::text)
                    .containsExactly("摊位比去年多了一倍。", "城管说十点收摊。");
            assertThat(b.newsroom().bodies().counts()).isEqualTo(new ReplicaBodies.Counts(1, 1));
            assertThat(sb.syncOnce().pushed()).isZero();
            assertThat(b.stories().revisions(s.id())).as("no revision twice").hasSize(1);
        }
    }

    private Store desk(String folder, String editor) {
        Store store = TestStores.fresh(folders.resolve(folder));
        open.add(store);
        store.workflow().signOff().setEditor(() -> editor);
        return store;
    }

    private static String lastChangedBy(Store store, UUID id) {
        return store.workflow().signOff().state(id).lastChangedBy();
    }
}
