package org.newsdesk.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.importer.ImportOrigin;
import org.newsdesk.importer.ImportedStories;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;

/** The first start of a data folder adds the sample interview once, and only to an empty library. */
class FirstRunTest {

    @TempDir
    Path dir;

    @Test
    void firstStartOfAnEmptyFolderOpensTheSampleStoryAndLaterStartsDoNotAddItAgain() throws Exception {
        Story sample;
        try (Store store = Store.open(dir)) {
            Startup first = FirstRun.launched(store);
            assertTrue(first.story().isPresent(), "the first start opens the sample");
            sample = first.story().get();
            assertEquals(List.of(sample.id()), ids(store));
            assertEquals("区委副书记王晓东谈社区养老服务", sample.metadata().headline(), "the part number goes to the series");
            assertTrue(sample.speakers().stream().map(Speaker::label).toList().containsAll(List.of("主持人", "王晓东")),
                    "speakers: " + sample.speakers());
            assertTrue(sample.paragraphs().size() >= 6, "paragraphs: " + sample.paragraphs().size());
            assertEquals(Optional.of("true"), store.appState().get(FirstRun.FIRST_STEPS));
        }
        try (Store store = Store.open(dir)) {
            assertTrue(FirstRun.launched(store).story().isEmpty(), "nothing new to open on the second start");
            assertEquals(List.of(sample.id()), ids(store));
        }
    }

    @Test
    void aSampleTheEditorDeletedDoesNotComeBack() throws Exception {
        try (Store store = Store.open(dir)) {
            Story sample = FirstRun.sampleOnFirstStart(store).orElseThrow();
            store.stories().moveToTrash(sample.id());
        }
        try (Store store = Store.open(dir)) {
            assertTrue(FirstRun.sampleOnFirstStart(store).isEmpty());
            assertTrue(FirstRun.launched(store).story().isEmpty());
            assertTrue(store.stories().list(false).isEmpty(), "the library stays empty");
            assertEquals(1, store.stories().list(true).size(), "the sample stays in the trash, once");
        }
    }

    @Test
    void aLibraryThatAlreadyHasStoriesGetsNoSampleAndNoCard() throws Exception {
        try (Store store = Store.open(dir)) {
            Story own = store.stories().create(Metadata.withHeadline("Harbour ferry timetable"), List.of(), List.of());
            assertTrue(FirstRun.sampleOnFirstStart(store).isEmpty());
            assertEquals(List.of(own.id()), ids(store));
            assertEquals(Optional.of("true"), store.appState().get(FirstRun.DONE));
            assertTrue(store.appState().get(FirstRun.FIRST_STEPS).isEmpty());
        }
        try (Store store = Store.open(dir)) {
            store.stories().moveToTrash(store.stories().list(false).get(0).id());
            assertTrue(FirstRun.sampleOnFirstStart(store).isEmpty(), "decided once: an emptied library stays empty");
        }
    }

    @Test
    void theSampleIsRecordedAsImportedFromTheSameBytesAsTheFileInAppResources() throws Exception {
        Path file = Path.of("app-resources/samples/sample-interview.txt");
        assertTrue(Files.isRegularFile(file), "run from the project folder");
        try (Store store = Store.open(dir)) {
            Story sample = FirstRun.sampleOnFirstStart(store).orElseThrow();
            var match = ImportedStories.existing(store, ImportOrigin.ofFile(file, null));
            assertTrue(match.isPresent(), "importing the sample file again finds the sample story");
            assertEquals(sample.id(), match.get().storyId());
        }
        assertFalse(FirstRun.sampleBytes().length == 0);
    }

    private static List<java.util.UUID> ids(Store store) {
        return store.stories().list(false).stream().map(s -> s.id()).toList();
    }
}
