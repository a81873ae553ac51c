package org.newsdesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.search.LibrarySearch;
import org.newsdesk.search.SearchHit;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/** The library pane's model without a window: listing with filters, and search once typing pauses. */
class LibraryViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private Store store;
    private LibrarySearch index;
    private LibraryViewModel library;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        store.stories().create(Metadata.withHeadline("Harbour ferries at dawn"), List.of(),
                List.of(Paragraph.narration("渡輪清晨六點開出，碼頭上已經排滿了人。")));
        store.stories().create(Metadata.withHeadline("The night market reopens"), List.of(),
                List.of(Paragraph.narration("夜市重新開張，攤販比去年多了一倍。")));
        library = new LibraryViewModel(tasks, ENGLISH, ChannelList.DEFAULT, store, e -> {
            throw new AssertionError(e);
        });
        library.reload();
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
        store.close();
    }

    @Test
    void theLibraryListsTheStoriesAndAStatusFilterNarrowsIt() {
        assertThat(library.listedProperty().get()).isTrue();
        assertThat(library.entries()).extracting(e -> e.summary().headline())
                .containsExactlyInAnyOrder("Harbour ferries at dawn", "The night market reopens");

        library.statusFilterProperty().set(Status.PUBLISHED);

        assertThat(library.entries()).isEmpty();
        library.statusFilterProperty().set(null);
        assertThat(library.entries()).hasSize(2);
    }

    @Test
    void searchWaitsForTypingToPauseAndShowsTheLastQuerysHits() {
        index = LibrarySearch.open(store);
        library.attachIndex(index);
        library.refreshIndex(index, e -> {
            throw new AssertionError(e);
        });
        tasks.settle();

        library.queryProperty().set("渡");
        library.queryProperty().set("夜市");
        tasks.advance(Duration.ofMillis(249));
        assertThat(library.hits()).isEmpty();
        assertThat(library.searchInfoProperty().get()).isEmpty();

        tasks.advance(Duration.ofMillis(1));

        assertThat(library.hits()).extracting(SearchHit::headline).containsExactly("The night market reopens");
        assertThat(library.searchInfoProperty().get()).isNotEmpty();
    }

    @Test
    void aSearchBeforeTheIndexIsOpenSaysSo() {
        library.queryProperty().set("渡輪");
        tasks.advance(Duration.ofMillis(250));

        assertThat(library.hits()).isEmpty();
        assertThat(library.searchInfoProperty().get()).isEqualTo(ENGLISH.get("library.search.notReady"));
    }
}
