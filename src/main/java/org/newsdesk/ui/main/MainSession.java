package org.newsdesk.ui.main;

import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.StoreErrorText;
import org.newsdesk.store.Startup;
import org.newsdesk.store.IdleCompaction;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.search.LibrarySearch;
import org.newsdesk.ui.library.LibraryViewModel;

/**
 * The store the main window works on and what lives as long as it is open: the writer thread,
 * the typing journal, idle compaction and the search index. Writes go through the writer;
 * opening the index and closing run off the FX thread.
 */
final class MainSession {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private Supplier<StoreWriter> writers = StoreWriter::new;
    private Store store;
    private StoreWriter writer;
    private TypingJournal journal;
    private TypingJournal metadataJournal;
    private IdleCompaction idleCompaction;
    private LibrarySearch index;

    MainSession(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** How the store's writer is made (tests: one whose disk fails or is slow on demand). */
    void useWriters(Supplier<StoreWriter> made) {
        this.writers = made;
    }

    /** Starts on an opened store: a new writer, the typing journal beside the store, idle compaction. */
    void begin(Store opened) {
        this.store = opened;
        this.writer = writers.get();
        this.journal = new TypingJournal(opened.folder());
        this.metadataJournal = TypingJournal.forMetadata(opened.folder());
        this.idleCompaction = IdleCompaction.start(opened, writer);
    }

    /** The open store, or null before it is attached and after shutdown. */
    Store store() {
        return store;
    }

    StoreWriter writer() {
        return writer;
    }

    TypingJournal journal() {
        return journal;
    }

    /** Where metadata as typed is kept until the store saves it. */
    TypingJournal metadataJournal() {
        return metadataJournal;
    }

    /** Where unsaved typing is kept until the store saves it. */
    Path journalFolder() {
        return journal == null ? null : journal.folder();
    }

    /**
     * Opens the search index in the background and gives it to the library, which brings it up
     * to date; one that opens after the store was closed or replaced is closed again.
     */
    void openIndex(Store openedStore, LibraryViewModel library, Consumer<Throwable> report) {
        tasks.run(() -> LibrarySearch.open(openedStore), opened -> {
            if (store != openedStore) {
                tasks.run(() -> {
                    opened.close();
                    return null;
                }, x -> { }, report);
                return;
            }
            index = opened;
            library.attachIndex(opened);
            library.refreshIndex(opened, report);
        }, report);
    }

    /** Runs {@code then} on the FX thread once the writes queued so far are done (so reads see them). */
    void afterQueuedWrites(Runnable then, Consumer<Throwable> report) {
        if (writer != null) {
            tasks.whenDone(writer.submit(() -> null), x -> then.run(), report);
        }
    }

    /** Re-indexes {@code id} after the writes queued so far: the index reads the story as written. */
    void indexChanged(UUID id) {
        LibrarySearch i = index;
        if (i != null && writer != null) {
            writer.submit(() -> null).thenRun(() -> i.storyChanged(id));
        }
    }

    /** Drops {@code id} from the search index (it went to the trash). */
    void indexRemoved(UUID id) {
        if (index != null) {
            index.storyRemoved(id);
        }
    }

    /** Keeps {@code value} in the store's app state, on the writer thread. */
    void remember(String key, String value) {
        if (writer != null && store != null) {
            Store s = store;
            writer.submit(() -> {
                s.appState().put(key, value);
                return null;
            });
        }
    }

    /** An error in plain words: a store that cannot be written also says where the typing is kept. */
    String describe(Throwable e) {
        boolean cannotWrite = e instanceof StoreException se && journal != null
                && (se.problem() == StoreException.Problem.DISK_FULL || se.problem() == StoreException.Problem.WRITE_FAILED);
        return cannotWrite ? StoreErrorText.describeSave(e, journal.folder(), messages)
                : e instanceof StoreException se ? StoreErrorText.describe(se, messages)
                : messages.get("notice.error", String.valueOf(e.getMessage()));
    }

    /** Waits in the background for the writer and the journal, at most {@code millis}; {@code done} hears whether both finished. */
    void waitForWrites(long millis, Consumer<Boolean> done, Consumer<Throwable> failed) {
        StoreWriter w = writer;
        TypingJournal j = journal;
        TypingJournal m = metadataJournal;
        tasks.run(() -> UnsavedWork.waitFor(w, j, millis) && m.drain(millis), done, failed);
    }

    /**
     * Closes the store: idle compaction stops now; in the background the index closes, the open
     * story ({@code openStory}, may be null) and its caret are remembered, then the writer, the
     * journal and the store close. {@code detached} runs first, once the session no longer has
     * a store; {@code whenClosed} runs on the FX thread either way.
     */
    void close(UUID openStory, int caret, Runnable detached, Runnable whenClosed) {
        Store closing = store;
        StoreWriter closingWriter = writer;
        idleCompaction.close();
        LibrarySearch closingIndex = index;
        TypingJournal closingJournal = journal;
        TypingJournal closingMetadataJournal = metadataJournal;
        store = null;
        index = null;
        detached.run();
        tasks.run(() -> {
            if (closingIndex != null) {
                closingIndex.close();
            }
            closingWriter.submit(() -> {
                if (openStory != null) {
                    closing.appState().put(Startup.LAST_STORY, openStory.toString());
                    closing.appState().put(Startup.LAST_CARET, Integer.toString(caret));
                }
                return null;
            });
            closingWriter.close();
            UnsavedWork.awaitWriter(closingWriter);
            closingJournal.close();
            closingMetadataJournal.close();
            closing.close();
            return null;
        }, x -> whenClosed.run(), e -> whenClosed.run());
    }
}
