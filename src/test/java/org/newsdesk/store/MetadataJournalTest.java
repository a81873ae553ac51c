package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;

/**
 * Metadata as typed is journaled beside the transcript (its own small file per story), replayed
 * into the store, and a clean close leaves no journal file (the space reserved is given back)
 * while what is not saved stays.
 */
class MetadataJournalTest {

    @TempDir
    Path dir;

    private Store store;
    private TypingJournal typing;
    private TypingJournal metadata;

    @AfterEach
    void close() {
        if (typing != null) {
            typing.close();
        }
        if (metadata != null) {
            metadata.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private Story story() {
        store = Store.open(dir);
        typing = new TypingJournal(dir);
        metadata = TypingJournal.forMetadata(dir);
        return store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(), SampleInterview.paragraphs());
    }

    private static Story typedMetadata(Story s, String headline, String slug) {
        Metadata m = s.metadata().withHeadlineText(headline);
        return new Story(s.id(), slug, s.status(), m, s.speakers(), s.paragraphs(), s.revision(), s.version(),
                s.createdAt(), s.updatedAt());
    }

    @Test
    void metadataKeptInItsJournalIsReplayedIntoTheStoreAndTheJournalIsCleared() throws IOException {
        Story s = story();
        Story typed = typedMetadata(s, "日志里留着的新标题", "journal-kept-headline");
        metadata.keep(typed, metadata.nextToken(), List::of).join();

        assertThat(metadata.file(s.id())).exists().isNotEqualTo(typing.file(s.id()));
        assertThat(metadata.pending()).containsExactly(s.id());
        assertThat(typing.pending()).as("the transcript journal does not take metadata files for its own").isEmpty();

        JournalReplay.Outcome outcome = JournalReplay.replayAllMetadata(store, metadata);

        assertThat(outcome.replayed()).containsExactly(s.id());
        Story stored = store.stories().get(s.id());
        assertThat(stored.metadata().headline()).isEqualTo("日志里留着的新标题");
        assertThat(stored.slug()).isEqualTo("journal-kept-headline");
        assertThat(stored.paragraphs()).as("a metadata replay leaves the transcript alone").isEqualTo(s.paragraphs());
        assertThat(metadata.pending()).isEmpty();
    }

    @Test
    void metadataTheStoreAlreadyHoldsReplaysAsNothingAndIsCleared() throws IOException {
        Story s = story();
        metadata.keep(s, metadata.nextToken(), List::of).join();
        long version = store.stories().version(s.id());

        JournalReplay.replayAllMetadata(store, metadata);

        assertThat(store.stories().version(s.id())).isEqualTo(version);
        assertThat(metadata.pending()).isEmpty();
    }

    @Test
    void aCleanCloseLeavesNoJournalFileButKeepsWhatIsNotSaved() throws IOException {
        Story saved = story();
        Story unsaved = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                SampleInterview.paragraphs());
        typing.reserve(saved.id()).join();
        metadata.reserve(saved.id()).join();
        assertThat(Files.size(typing.file(saved.id()))).as("space is reserved at open")
                .isGreaterThanOrEqualTo(2L * TypingJournal.HEADROOM);
        long token = typing.nextToken();
        typing.keep(saved, token, saved::paragraphs).join();
        typing.saved(saved.id(), token).join();
        metadata.keep(typedMetadata(unsaved, "没存进去的标题", "not-saved-yet"), metadata.nextToken(), List::of).join();

        typing.close();
        metadata.close();

        assertThat(journalFiles()).containsExactly(metadata.file(unsaved.id()).getFileName().toString());
        TypingJournal again = TypingJournal.forMetadata(dir);
        try {
            assertThat(again.read(unsaved.id())).map(st -> st.metadata().headline()).contains("没存进去的标题");
        } finally {
            again.close();
        }
        typing = null;
        metadata = null;
    }

    private List<String> journalFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(TypingJournal.FOLDER))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
