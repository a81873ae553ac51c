package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.SmallDisk;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;

/**
 * A store on a read-only filesystem (a real tmpfs remounted read-only), or whose database file
 * alone cannot be written (a read-only bind mount over it: as root, chmod is not enough), opens
 * for reading: stories list and read, every write is refused as {@code READ_ONLY}, nothing crashes.
 */
@Tag("system")
class ReadOnlyStoreTest {

    @Test
    void aStoreOnAReadOnlyMountOpensForReadingAndRefusesWrites() throws Exception {
        try (SmallDisk disk = SmallDisk.mount("64m")) {
            Path data = disk.root().resolve("data");
            Story story = seed(data);
            disk.makeReadOnly();

            try (Store store = Store.open(data)) {
                assertThat(store.readOnly()).isTrue();
                assertReadsAndRefusesWrites(store, story, data);
            }
            try (Store store = Store.openForReading(data)) {
                assertThat(store.stories().get(story.id()).metadata().headline()).isEqualTo("只读磁盘上的稿子");
            }
        }
    }

    @Test
    void aDatabaseFileThatCannotBeWrittenOpensForReading() throws Exception {
        try (SmallDisk disk = SmallDisk.mount("64m")) {
            Path data = disk.root().resolve("data");
            Story story = seed(data);
            Path file = data.resolve(Store.DATABASE_FILE);
            SmallDisk.bindReadOnly(file);
            try (Store store = Store.open(data)) {
                assertThat(store.readOnly()).isTrue();
                assertReadsAndRefusesWrites(store, story, data);
            } finally {
                SmallDisk.unbind(file);
            }
            try (Store again = Store.open(data)) {
                assertThat(again.readOnly()).as("writable again once the mount is gone").isFalse();
                assertThat(again.stories().get(story.id()).paragraphs()).isEqualTo(story.paragraphs());
            }
        }
    }

    private static Story seed(Path data) {
        try (Store store = Store.open(data)) {
            return store.stories().create(Metadata.withHeadline("只读磁盘上的稿子"), SampleInterview.speakers(),
                    SampleInterview.paragraphs());
        }
    }

    private static void assertReadsAndRefusesWrites(Store store, Story story, Path data) {
        assertThat(store.stories().list(false)).extracting(s -> s.id()).containsExactly(story.id());
        assertThat(store.stories().get(story.id()).paragraphs()).isEqualTo(story.paragraphs());
        assertThatThrownBy(() -> store.stories().create(Metadata.withHeadline("写不进去"), SampleInterview.speakers(),
                SampleInterview.paragraphs()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreException.Problem.READ_ONLY);
                    assertThat(e.path()).isEqualTo(data);
                });
        long version = store.stories().version(story.id());
        assertThatThrownBy(() -> store.stories().updateMetadata(story.id(), version, Metadata.withHeadline("改不了")))
                .isInstanceOf(StoreException.class);
        assertThat(store.stories().get(story.id()).metadata().headline()).isEqualTo("只读磁盘上的稿子");
    }
}
