package org.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;

/**
 * A closed search index stays closed: an update that arrives after closing (a save the writer
 * finished late) fails without opening the index again, so nothing writes into the data
 * folder once the window has let go of it.
 */
class ClosedLibrarySearchTest {

    @TempDir
    Path data;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(data);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(data.resolve(LibrarySearch.FOLDER))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void updatesAfterClosingFailWithoutReopeningTheIndex() throws IOException {
        Story story = store.stories().create(Metadata.withHeadline("渡輪碼頭的清晨"), List.of(),
                List.of(Paragraph.narration("第一班船六點開出。")));
        LibrarySearch search = LibrarySearch.open(store);
        search.storyChanged(story.id()).join();
        search.close();
        List<String> closed = indexFiles();

        assertThatThrownBy(() -> search.storyChanged(story.id()).join()).hasRootCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> search.storyRemoved(story.id()).join()).hasRootCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> search.refresh(IndexSync.Progress.NONE).join())
                .hasRootCauseInstanceOf(IllegalStateException.class);

        assertThat(indexFiles()).as("no writer opened again").isEqualTo(closed);
    }

    @Test
    void closingTwiceIsHarmless() {
        LibrarySearch search = LibrarySearch.open(store);
        search.close();
        search.close();
        assertThatThrownBy(() -> search.storyChanged(UUID.randomUUID()).join()).hasRootCauseInstanceOf(IllegalStateException.class);
    }
}
