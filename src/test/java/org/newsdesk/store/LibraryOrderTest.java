package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.StorySummary;

/**
 * The library's order as the store lists it for paging (ids only): the same order as the
 * whole list, a column's order with the library's breaking ties, the Recent/Mine restriction,
 * and rows read back by id in the order asked.
 */
class LibraryOrderTest {

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void seed() throws Exception {
        // 250 stories; every tenth a part of a series (series-0 holds parts 2..10, series-1 parts 1..10, …)
        LibrarySeed.insert(dir, 250);
        store = TestStores.fresh(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theLibrarysOwnOrderIsTheWholeListsOrderSeriesTogetherInPartOrder() {
        List<UUID> whole = store.library().list(LibraryFilter.ALL).stream().map(e -> e.summary().id()).toList();

        LibraryIds ids = store.library().ids(LibraryFilter.ALL, LibrarySort.LIBRARY, null);

        assertThat(ids.range(0, ids.size())).containsExactlyElementsOf(whole);
        List<LibraryEntry> rows = store.library().entries(ids.range(0, ids.size()));
        List<Integer> seriesOneParts = rows.stream().filter(e -> "series-1".equals(e.seriesId()))
                .map(e -> e.summary().part()).toList();
        assertThat(seriesOneParts).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void aColumnsOrderComesFromTheStoreBothWays() {
        List<LibraryEntry> all = store.library().list(LibraryFilter.ALL);

        assertThat(headlines(LibrarySort.By.HEADLINE, true))
                .containsExactlyElementsOf(all.stream().map(e -> e.summary().headline()).sorted().toList());
        assertThat(headlines(LibrarySort.By.HEADLINE, false))
                .containsExactlyElementsOf(all.stream().map(e -> e.summary().headline())
                        .sorted(Comparator.reverseOrder()).toList());
        List<Integer> partsUp = parts(LibrarySort.By.PART, true);
        assertThat(partsUp.subList(0, 25)).doesNotContainNull().isSorted();
        assertThat(partsUp.subList(25, partsUp.size())).containsOnlyNulls();
        List<Integer> partsDown = parts(LibrarySort.By.PART, false);
        assertThat(partsDown.subList(0, 225)).containsOnlyNulls();
        assertThat(partsDown.subList(225, 250)).isSortedAccordingTo(Comparator.reverseOrder());
        List<java.time.Instant> oldestFirst = rows(new LibrarySort(LibrarySort.By.UPDATED, true)).stream()
                .map(StorySummary::updatedAt).toList();
        assertThat(oldestFirst).isSorted();
    }

    @Test
    void onlyTheGivenStoriesAreListedAndRowsComeBackInTheOrderAsked() {
        // stories that are no series' parts (a series is placed by its listed parts only, as with a filter)
        List<UUID> all = store.library().list(LibraryFilter.ALL).stream().filter(e -> e.summary().part() == null)
                .map(e -> e.summary().id()).toList();
        Set<UUID> three = Set.of(all.get(7), all.get(100), all.get(3));

        LibraryIds only = store.library().ids(LibraryFilter.ALL, LibrarySort.LIBRARY, three);

        assertThat(only.range(0, only.size())).containsExactly(all.get(3), all.get(7), all.get(100));
        assertThat(only.indexOf(all.get(100))).isEqualTo(2);
        assertThat(only.indexOf(all.get(4))).isEqualTo(-1);
        assertThat(store.library().ids(LibraryFilter.ALL, LibrarySort.LIBRARY, Set.of()).size()).isZero();
        List<UUID> asked = List.of(all.get(100), UUID.randomUUID(), all.get(3));
        assertThat(store.library().entries(asked)).extracting(e -> e.summary().id())
                .containsExactly(all.get(100), all.get(3));
        assertThat(store.library().anyPart(LibraryFilter.ALL, three)).isFalse();
        assertThat(store.library().anyPart(LibraryFilter.ALL, null)).isTrue();
    }

    private List<String> headlines(LibrarySort.By by, boolean ascending) {
        return rows(new LibrarySort(by, ascending)).stream().map(StorySummary::headline).toList();
    }

    private List<Integer> parts(LibrarySort.By by, boolean ascending) {
        return new ArrayList<>(rows(new LibrarySort(by, ascending)).stream().map(StorySummary::part).toList());
    }

    private List<StorySummary> rows(LibrarySort sort) {
        LibraryIds ids = store.library().ids(LibraryFilter.ALL, sort, null);
        return store.library().entries(ids.range(0, ids.size())).stream().map(LibraryEntry::summary).toList();
    }
}
