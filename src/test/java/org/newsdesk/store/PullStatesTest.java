package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;

/**
 * A pull's state lookup (a real H2 file): it does not ask a table that was empty when the pull
 * began (a first join into a fresh folder looks nothing up), and finds what was here before.
 */
class PullStatesTest {

    @TempDir
    Path folder;
    private Store store;

    @BeforeEach
    void open() {
        store = TestStores.fresh(folder);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void listAll(List<UUID> ids) {
        List<NewsroomReplica.Listed> listed = new ArrayList<>();
        for (UUID id : ids) {
            listed.add(NewsroomReplica.Listed.of(id, "gang-kou-" + listed.size(), "draft",
                    "{\"headline\":\"港口第" + listed.size() + "篇\",\"channels\":[\"web\"]}", 1, false, "赵编辑"));
        }
        store.newsroom().writeJoined(List.of(), listed, Map.of());
    }

    private static List<UUID> ids(int n) {
        List<UUID> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(UUID.randomUUID());
        }
        return out;
    }

    @Test
    void aPullIntoAFreshFolderAsksNoTable() {
        var lookup = store.newsroom().bodies().pullStates();
        List<UUID> joined = ids(2);
        listAll(joined);

        // the pull's own rows: no later chunk of it has these stories, so nobody asks
        assertThat(lookup.apply(joined)).isEmpty();
        assertThat(store.newsroom().bodies().states(joined)).containsOnlyKeys(joined);
    }

    @Test
    void aPullFindsWhatWasHereWhenItBegan() {
        Story local = store.stories().create(Metadata.withHeadline("本地写的稿"), List.of(),
                List.of(Paragraph.narration("一段。")));
        List<UUID> listed = ids(2);
        listAll(listed);

        var lookup = store.newsroom().bodies().pullStates();

        assertThat(lookup.apply(List.of(local.id(), listed.get(0), listed.get(1), UUID.randomUUID())))
                .containsEntry(local.id(), ReplicaBodies.State.HERE)
                .containsEntry(listed.get(0), ReplicaBodies.State.LISTED)
                .containsEntry(listed.get(1), ReplicaBodies.State.LISTED)
                .hasSize(3);
    }

    @Test
    void aFolderWithOnlyLocalStoriesAsksOnlyTheStoryTable() {
        Story local = store.stories().create(Metadata.withHeadline("本地写的稿"), List.of(),
                List.of(Paragraph.narration("一段。")));
        var lookup = store.newsroom().bodies().pullStates();
        List<UUID> listed = ids(2);
        listAll(listed);

        assertThat(lookup.apply(List.of(local.id(), listed.get(0), listed.get(1))))
                .containsOnlyKeys(local.id());
    }
}
