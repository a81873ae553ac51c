package org.newsdesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.LibrarySeed;
import org.newsdesk.store.LibrarySort;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * A library larger than a page: every row's place is known at once, a row further down is
 * empty until its page has been read, only a few pages are kept, and a column sort is the store's.
 */
class LibraryPagingTest {

    private static final int STORIES = (PagedRows.KEPT_PAGES + 2) * PagedRows.PAGE + 121;

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private Store store;
    private LibraryViewModel library;
    private int pagesRead;

    @BeforeEach
    void open() throws Exception {
        LibrarySeed.insert(dir, STORIES);
        store = TestStores.fresh(dir);
        library = new LibraryViewModel(tasks, new Messages(Locale.ENGLISH), ChannelList.DEFAULT, store, e -> {
            throw new AssertionError(e);
        });
        library.entries().addListener((javafx.collections.ListChangeListener<LibraryEntry>) c -> {
            while (c.next()) {
                if (c.wasUpdated()) {
                    pagesRead++;
                }
            }
        });
        library.reload();
        tasks.settle();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRowFurtherDownIsReadWithItsPageWhenAskedFor() {
        PagedRows rows = library.entries();
        assertThat(rows).hasSize(STORIES);
        assertThat(PagedRows.isLoading(rows.get(PagedRows.PAGE - 1))).isFalse();
        int far = 3 * PagedRows.PAGE + 7;
        UUID farId = rows.idAt(far);

        LibraryEntry first = rows.get(far);

        assertThat(PagedRows.isLoading(first)).isTrue();
        assertThat(first.summary().id()).isEqualTo(farId);
        assertThat(rows.indexOf(farId)).isEqualTo(far);
        tasks.settle();
        assertThat(pagesRead).isEqualTo(1);
        assertThat(PagedRows.isLoading(rows.get(far))).isFalse();
        assertThat(rows.get(far).summary().id()).isEqualTo(farId);
        assertThat(rows.get(far).summary().headline()).startsWith("第");
    }

    @Test
    void onlyAFewPagesAreKept() {
        PagedRows rows = library.entries();
        for (int page = 0; page * PagedRows.PAGE < STORIES; page++) {
            rows.get(page * PagedRows.PAGE);
            tasks.settle();
        }
        int kept = 0;
        for (int page = 0; page * PagedRows.PAGE < STORIES; page++) {
            if (!PagedRows.isLoading(rows.get(page * PagedRows.PAGE))) {
                kept++;
            }
        }
        assertThat(kept).isLessThanOrEqualTo(PagedRows.KEPT_PAGES);
        assertThat(PagedRows.KEPT_PAGES * PagedRows.PAGE).isLessThan(STORIES);
        tasks.settle();
    }

    @Test
    void aColumnSortIsTheStoresAndTheSameSortAskedAgainReadsNothing() {
        library.sort(new LibrarySort(LibrarySort.By.HEADLINE, true), null, null);
        tasks.settle();
        PagedRows rows = library.entries();
        assertThat(rows.get(0).summary().headline()).isEqualTo("第1000篇訪談");
        assertThat(rows.get(1).summary().headline()).isEqualTo("第1001篇訪談");
        int[] changes = {0};
        rows.addListener((javafx.collections.ListChangeListener<LibraryEntry>) c -> changes[0]++);

        library.sort(new LibrarySort(LibrarySort.By.HEADLINE, true), null, null);
        tasks.settle();

        assertThat(changes[0]).isZero();
        library.sort(LibrarySort.LIBRARY, null, null);
        tasks.settle();
        assertThat(changes[0]).isEqualTo(1);
        assertThat(rows.get(0).summary().headline()).isEqualTo("第" + STORIES + "篇訪談");
    }
}
