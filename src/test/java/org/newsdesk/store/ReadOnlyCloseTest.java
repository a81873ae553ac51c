package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;

/**
 * A store opened for a read-only command closes without compacting its file (H2's
 * MAX_COMPACT_TIME is 0 for it); one opened as the window does keeps H2's bounded compaction.
 */
class ReadOnlyCloseTest {

    @Test
    void aStoreOpenedForReadingDoesNotCompactOnCloseAndTheFileStaysUsable(@TempDir Path dir) {
        Story story;
        try (Store store = Store.open(dir)) {
            assertThat(store.databaseSetting("MAX_COMPACT_TIME")).isNotEqualTo("0");
            story = store.stories().create(Metadata.withHeadline("夜班巴士"), List.of(), List.of(Paragraph.narration("第一段")));
            long v = story.version();
            for (int i = 0; i < 50; i++) {
                v = store.stories().updateMetadata(story.id(), v, Metadata.withHeadline("夜班巴士第" + i + "版"));
            }
        }
        try (Store reading = Store.openForReading(dir)) {
            assertThat(reading.databaseSetting("MAX_COMPACT_TIME")).isEqualTo("0");
            assertThat(reading.stories().list(false)).hasSize(1);
            assertThat(reading.stories().get(story.id()).metadata().headline()).isEqualTo("夜班巴士第49版");
        }
        try (Store writing = Store.open(dir)) {
            Story now = writing.stories().get(story.id());
            writing.stories().updateMetadata(story.id(), now.version(), Metadata.withHeadline("末班巴士"));
            assertThat(writing.stories().get(story.id()).metadata().headline()).isEqualTo("末班巴士");
        }
    }
}
