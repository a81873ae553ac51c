package org.newsdesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * "Keep offline" from the library (toolkit-free): the choice is the store's (the same one
 * {@code newsroom keep-offline} makes), and the library's newsroom column knows which stories
 * are kept, every one when all are kept.
 */
class KeepOfflineTest {

    @TempDir
    Path dir;

    @Test
    void keepingAStoryOfflineIsStoredAndMarkedAndCanBeUndone() {
        SameThreadTasks tasks = new SameThreadTasks();
        try (Store store = TestStores.fresh(dir)) {
            UUID ferry = store.stories().create(Metadata.withHeadline("渡口"), List.of(),
                    List.of(Paragraph.narration("早班船六点开。"))).id();
            UUID market = store.stories().create(Metadata.withHeadline("早市"), List.of(),
                    List.of(Paragraph.narration("菜价稳了。"))).id();
            LibraryViewModel library = new LibraryViewModel(tasks, new Messages(Locale.SIMPLIFIED_CHINESE),
                    ChannelList.DEFAULT, store, e -> { throw new AssertionError(e); });
            LibraryNewsroom newsroom = library.newsroom();
            int shown = newsroom.shownChangesProperty().get();
            newsroom.joined(true, "wang");
            tasks.settle();
            assertThat(newsroom.kept(ferry)).isFalse();

            library.keepOffline().set(ferry, true);
            tasks.settle();
            assertThat(store.newsroom().bodies().kept(ferry)).isTrue();
            assertThat(newsroom.kept(ferry)).isTrue();
            assertThat(newsroom.kept(market)).isFalse();
            assertThat(newsroom.shownChangesProperty().get()).as("the column redraws").isGreaterThan(shown);

            library.keepOffline().set(ferry, false);
            tasks.settle();
            assertThat(store.newsroom().bodies().kept(ferry)).isFalse();
            assertThat(newsroom.kept(ferry)).isFalse();

            store.newsroom().bodies().keepAll(true); // newsroom keep-offline --all
            library.keepOffline().read();
            tasks.settle();
            assertThat(newsroom.keptAll()).isTrue();
            assertThat(newsroom.kept(market)).isTrue();
        }
    }
}
