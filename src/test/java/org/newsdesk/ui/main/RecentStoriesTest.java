package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/** The recent-stories list without a window: order, limit, trash, and its kept form in a real store. */
class RecentStoriesTest {

    @TempDir
    Path dataFolder;

    private final Map<String, String> kept = new LinkedHashMap<>();

    @Test
    void theLastOpenedComesFirstOnceAndTheListKeepsTen() {
        RecentStories recent = new RecentStories();
        recent.show(List.of(), kept::put);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(UUID.randomUUID());
            recent.opened(ids.get(i), "第" + i + "期访谈", kept::put);
        }
        recent.opened(ids.get(5), "第5期访谈（改）", kept::put);

        assertThat(recent.ids()).hasSize(RecentStories.LIMIT).first().isEqualTo(ids.get(5));
        assertThat(recent.ids()).doesNotContain(ids.get(0), ids.get(1)).containsOnlyOnce(ids.get(5));
        assertThat(recent.stories().get(0).headline()).isEqualTo("第5期访谈（改）");
        assertThat(recent.ids().get(1)).isEqualTo(ids.get(11));
        assertThat(RecentStories.decode(kept.get(RecentStories.KEY))).isEqualTo(recent.stories());
    }

    /** The open story shown again (a colleague's change merged in) leaves the list as it was: nothing is written. */
    @Test
    void theStoryOnTopOpenedAgainWritesNothing() {
        List<String> writes = new ArrayList<>();
        RecentStories recent = new RecentStories();
        recent.show(List.of(), (key, value) -> writes.add(value));
        UUID id = UUID.randomUUID();
        recent.opened(id, "夜市重新开张", (key, value) -> writes.add(value));
        recent.opened(id, "夜市重新开张", (key, value) -> writes.add(value));

        assertThat(writes).hasSize(1);
        recent.opened(id, "夜市今晚重新开张", (key, value) -> writes.add(value));
        assertThat(writes).as("a new headline is kept").hasSize(2);
    }

    /** At start the last story opens while the kept list is still being read: nothing kept is lost. */
    @Test
    void aStoryOpenedBeforeTheKeptListArrivesGoesOnTopAndTheOlderOnesStay() {
        UUID older1 = UUID.randomUUID();
        UUID older2 = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        RecentStories recent = new RecentStories();

        recent.opened(older2, "第二期", kept::put);
        assertThat(kept).as("nothing kept before the list was read").isEmpty();
        recent.show(List.of(new RecentStories.Recent(older1, "第一期"), new RecentStories.Recent(older2, "第二期")),
                kept::put);
        recent.opened(last, "第三期", kept::put);

        assertThat(recent.ids()).containsExactly(last, older2, older1);
        assertThat(RecentStories.decode(kept.get(RecentStories.KEY))).extracting(RecentStories.Recent::id)
                .containsExactly(last, older2, older1);
    }

    @Test
    void aHeadlineWithTabsOrNewlinesAndADamagedLineDoNotBreakTheList() {
        UUID id = UUID.randomUUID();
        String keptForm = RecentStories.encode(List.of(new RecentStories.Recent(id, "上\t半\n场")))
                + "not-an-id\tx\n" + "0123456789abcdef0123456789abcdef0123\tbroken\n";

        assertThat(RecentStories.decode(keptForm)).containsExactly(new RecentStories.Recent(id, "上 半 场"));
    }

    @Test
    void readingTheKeptListDropsStoriesInTheTrash() {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story kept1 = store.stories().create(Metadata.withHeadline("留下"), List.of(), List.of());
            Story trashed = store.stories().create(Metadata.withHeadline("删除"), List.of(), List.of());
            RecentStories recent = new RecentStories();
            recent.show(RecentStories.read(store), (k, v) -> store.appState().put(k, v));
            recent.opened(kept1.id(), "留下", (k, v) -> store.appState().put(k, v));
            recent.opened(trashed.id(), "删除", (k, v) -> store.appState().put(k, v));
            store.stories().moveToTrash(trashed.id());

            assertThat(RecentStories.read(store)).containsExactly(new RecentStories.Recent(kept1.id(), "留下"));

            recent.removed(trashed.id(), (k, v) -> store.appState().put(k, v));
            assertThat(recent.ids()).containsExactly(kept1.id());
        }
    }
}
