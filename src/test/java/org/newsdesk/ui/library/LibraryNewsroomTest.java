package org.newsdesk.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.workflow.metadata.ChannelList;

/** The library's newsroom parts without a window: the Mine filter, who has a story open, the assignee's name. */
class LibraryNewsroomTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private Store store;
    private LibraryViewModel library;
    private UUID ferries;
    private UUID market;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        ferries = store.stories().create(Metadata.withHeadline("Harbour ferries at dawn"), List.of(),
                List.of(Paragraph.narration("渡輪清晨六點開出。"))).id();
        market = store.stories().create(Metadata.withHeadline("The night market reopens"), List.of(),
                List.of(Paragraph.narration("夜市重新開張。"))).id();
        library = new LibraryViewModel(tasks, ENGLISH, ChannelList.DEFAULT, store, e -> {
            throw new AssertionError(e);
        });
        library.reload();
        tasks.settle();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void mineShowsTheStoriesAssignedToThisLoginAndFollowsNewAssignments() {
        LibraryNewsroom newsroom = library.newsroom();
        newsroom.joined(true, "wang");
        newsroom.desk(Map.of(), Map.of(ferries, "wang", market, "li"));
        newsroom.mineOnlyProperty().set(true);
        tasks.settle();
        assertThat(library.entries()).extracting(e -> e.summary().id()).containsExactly(ferries);

        newsroom.desk(Map.of(), Map.of(ferries, "li", market, "wang"));
        tasks.settle();
        assertThat(library.entries()).extracting(e -> e.summary().id()).containsExactly(market);

        newsroom.joined(false, null);
        tasks.settle();
        assertThat(newsroom.mineOnlyProperty().get()).as("leaving the newsroom turns Mine off").isFalse();
        assertThat(library.entries()).hasSize(2);
        assertThat(newsroom.assignee(market)).isEmpty();
    }

    @Test
    void presenceAndAssigneeAreShownByName() {
        LibraryNewsroom newsroom = library.newsroom();
        assertThat(newsroom.joinedProperty().get()).as("nothing shows without a newsroom").isFalse();
        newsroom.joined(true, "wang");
        newsroom.names(Map.of("li", "李記者"));
        newsroom.desk(Map.of(market, "李記者"), Map.of(market, "li", ferries, "zhou"));

        assertThat(newsroom.openElsewhere(market)).contains("李記者");
        assertThat(newsroom.openElsewhere(ferries)).isEmpty();
        assertThat(newsroom.assignee(market)).contains("李記者");
        assertThat(newsroom.assignee(ferries)).as("an unknown login is shown as it is").contains("zhou");
    }

    @Test
    void namesReadAfterTheAssignmentsRedrawTheColumnWithTheDisplayName() {
        LibraryNewsroom newsroom = library.newsroom();
        newsroom.joined(true, "li");
        newsroom.desk(Map.of(), Map.of(market, "wang"));
        assertThat(newsroom.assignee(market)).as("before the names are read").contains("wang");
        int drawn = newsroom.shownChangesProperty().get();
        // the session reads the editors once online, usually after the first desk arrived
        newsroom.names(Map.of("wang", "王编辑"));
        assertThat(newsroom.shownChangesProperty().get()).as("the column is told to redraw").isGreaterThan(drawn);
        assertThat(newsroom.assignee(market)).contains("王编辑");
    }
}
