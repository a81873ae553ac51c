package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.newsdesk.store.server.ServerLibrary;

/** Moving a story to the trash and back replicates through a real PostgreSQL to other workstations. */
@Tag(TestRequirements.SYSTEM)
class NewsroomTrashTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private String url;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void freshNewsroom() {
        url = postgres.newNewsroomDatabase();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private Station station(String name) {
        Station s = new Station(folders, name, url, null);
        open.add(s);
        return s;
    }

    private static UUID story(Station w) {
        return w.store.stories().create(Metadata.withHeadline("菜市场搬进新楼"), List.of(),
                List.of(Paragraph.narration("新楼一层是蔬菜，二层是熟食。"))).id();
    }

    private boolean trashedOnServer(UUID id) {
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            return server.story(id).orElseThrow().trashed();
        }
    }

    @Test
    void aStoryMovedToTheTrashLeavesEveryLibraryAndComesBackEverywhere() {
        Station a = station("a");
        Station b = station("b");
        Station c = station("c");
        UUID id = story(a);
        a.sync();
        b.sync();
        c.sync();
        a.store.stories().moveToTrash(id);
        assertThat(a.sync().pushed()).isEqualTo(1);
        assertThat(trashedOnServer(id)).isTrue();
        b.sync();
        assertThat(b.store.stories().inLibrary(id)).isFalse();
        assertThat(b.story(id)).as("kept in the trash, not deleted").isNotNull();

        b.store.stories().restoreFromTrash(id);
        assertThat(b.sync().pushed()).isEqualTo(1);
        a.sync();
        c.sync();
        assertThat(trashedOnServer(id)).isFalse();
        assertThat(a.store.stories().inLibrary(id)).isTrue();
        assertThat(c.store.stories().inLibrary(id)).as("never saw it trashed: stays").isTrue();
        // nothing left to move: a second round is quiet everywhere
        for (Station w : List.of(a, b, c)) {
            assertThat(w.sync()).isEqualTo(new SyncReport(0, 0, 0, List.of(), List.of()));
        }
    }

    @Test
    void anEditMadeWhileAnotherWorkstationTrashedTheStoryIsKeptInTheTrash() {
        Station a = station("a");
        Station b = station("b");
        UUID id = story(a);
        a.sync();
        b.sync();
        a.store.stories().moveToTrash(id);
        b.edit(id, 0, "新楼一层是蔬菜，二层是熟食，三层是停车场。");
        a.sync();
        b.sync();
        a.sync();
        assertThat(b.store.stories().inLibrary(id)).isFalse();
        assertThat(a.store.stories().inLibrary(id)).isFalse();
        assertThat(a.texts(id)).containsExactly("新楼一层是蔬菜，二层是熟食，三层是停车场。");
        assertThat(trashedOnServer(id)).isTrue();
    }

    @Test
    void aStoryTrashedBeforeItWasEverSyncedStaysOnItsWorkstation() {
        Station a = station("a");
        UUID id = story(a);
        a.store.stories().moveToTrash(id);
        assertThat(a.sync().pushed()).isZero();
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            assertThat(server.story(id)).isEmpty();
        }
    }
}
