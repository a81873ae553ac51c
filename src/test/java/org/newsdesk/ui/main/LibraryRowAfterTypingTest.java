package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.MovedClock;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.ui.library.PagedRows;
import org.newsdesk.workflow.metadata.ChannelList;

/**
 * The library's "modified" column follows typing in the open story: when the autosave lands,
 * that story's row is read again (an update of one row, not a new listing), the others stay.
 */
class LibraryRowAfterTypingTest {

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final MovedClock clock = new MovedClock();
    private List<Paragraph> shown;
    private MainViewModel main;
    private Store store;

    @AfterEach
    void close() {
        if (main != null) {
            boolean[] done = new boolean[1];
            main.shutdown(() -> done[0] = true);
            tasks.settleUntil(() -> done[0]);
        }
        if (store != null) {
            store.close();
        }
    }

    private Instant modified(UUID id) {
        PagedRows rows = main.library().entries();
        return rows.get(rows.indexOf(id)).summary().updatedAt();
    }

    @Test
    void theOpenStorysModifiedTimeMovesWhenItsTypingIsSavedWithoutListingTheLibraryAgain() {
        store = TestStores.fresh(dir, clock);
        UUID typed = store.stories().create(Metadata.withHeadline("Harbour ferries at dawn"), List.of(),
                List.of(Paragraph.narration("渡輪清晨六點開出。"))).id();
        UUID other = store.stories().create(Metadata.withHeadline("Night market"), List.of(),
                List.of(Paragraph.narration("夜市十點收攤。"))).id();
        main = new MainViewModel(tasks, new Messages(Locale.ENGLISH), ChannelList.DEFAULT, TestFolder.services(store));
        shown = ShownTranscript.follow(main);
        main.begin(null);
        main.library().reload();
        tasks.settle();
        main.open(typed);
        tasks.settle();
        Instant before = modified(typed);
        Instant otherBefore = modified(other);
        List<String> changes = new ArrayList<>();
        main.library().entries().addListener((ListChangeListener<LibraryEntry>) c -> {
            while (c.next()) {
                changes.add(c.wasUpdated() ? "updated " + c.getFrom() + "-" + c.getTo() : "listed again");
            }
        });

        clock.moveAhead(Duration.ofHours(2));
        shown.add(Paragraph.narration("碼頭上已經排滿了人。"));
        main.editor().edited();
        tasks.advance(Duration.ofMillis(300)); // the autosave after a pause
        tasks.settleUntil(() -> modified(typed).isAfter(before.plus(Duration.ofHours(1))));

        assertThat(modified(other)).isEqualTo(otherBefore);
        int row = main.library().entries().indexOf(typed);
        assertThat(changes).containsOnly("updated " + row + "-" + (row + 1));
    }
}
