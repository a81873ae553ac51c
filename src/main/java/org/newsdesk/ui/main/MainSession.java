package org.newsdesk.ui.main;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
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
 * The store the main window works on and what lives as long as it is open (the writer thread,
 * the typing journals, idle compaction and the search index), as given by the composition root.
 * Writes go through the writer; closing runs off the FX thread.
 */
final class MainSession {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Store store;
    private final StoreWriter writer;
    private final TypingJournal journal;
    private final TypingJournal metadataJournal;
    private final IdleCompaction idleCompaction;
    private final CompletableFuture<LibrarySearch> search;
    /** The index once it has opened for this session; empty before, and after closing. */
    private Optional<LibrarySearch> index = Optional.empty();
    private boolean closed;

    MainSession(BackgroundTasks tasks, Messages messages, FolderServices services) {
        this.tasks = tasks;
        this.messages = messages;
        this.store = services.store();
        this.writer = services.writer();
        this.journal = services.journal();
        this.metadataJournal = services.metadataJournal();
        this.idleCompaction = services.idleCompaction();
        this.search = services.search();
    }

    /** The open store (closed once {@link #closed()}). */
    Store store() {
        return store;
    }

    /** True once {@link #close} has begun: nothing more is written. */
    boolean closed() {
        return closed;
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
        return journal.folder();
    }

    /**
     * Gives the search index to the library once it has opened, and brings it up to date; one
     * that opens after the session closed is closed by {@link #close}.
     */
    void useIndex(LibraryViewModel library, Consumer<Throwable> report) {
        tasks.whenDone(search, opened -> {
            if (closed) {
                return;
            }
            index = Optional.of(opened);
            library.attachIndex(opened);
            library.refreshIndex(opened, report);
        }, report);
    }

    /** Runs {@code then} on the FX thread once the writes queued so far are done (so reads see them). */
    void afterQueuedWrites(Runnable then, Consumer<Throwable> report) {
        tasks.whenDone(writer.submit(() -> null), x -> then.run(), report);
    }

    /** Re-indexes {@code id} after the writes queued so far: the index reads the story as written. */
    void indexChanged(UUID id) {
        index.ifPresent(i -> writer.submit(() -> null).thenRun(() -> i.storyChanged(id)));
    }

    /** Drops {@code id} from the search index (it went to the trash). */
    void indexRemoved(UUID id) {
        index.ifPresent(i -> i.storyRemoved(id));
    }

    /** Keeps {@code value} in the store's app state, on the writer thread. */
    void remember(String key, String value) {
        if (!closed) {
            writer.submit(() -> {
                store.appState().put(key, value);
                return null;
            });
        }
    }

    /** An error in plain words: a store that cannot be written also says where the typing is kept. */
    String describe(Throwable e) {
        boolean cannotWrite = e instanceof StoreException se
                && (se.problem() == StoreException.Problem.DISK_FULL || se.problem() == StoreException.Problem.WRITE_FAILED);
        return cannotWrite ? StoreErrorText.describeSave(e, journal.folder(), messages)
                : e instanceof StoreException se ? StoreErrorText.describe(se, messages)
                : messages.get("notice.error", String.valueOf(e.getMessage()));
    }

    /** Waits in the background for the writer and the journal, at most {@code millis}; {@code done} hears whether both finished. */
    void waitForWrites(long millis, Consumer<Boolean> done, Consumer<Throwable> failed) {
        tasks.run(() -> UnsavedWork.waitFor(writer, journal, millis) && metadataJournal.drain(millis), done, failed);
    }

    /**
     * Closes the store: idle compaction stops now; in the background the index closes, the open
     * story ({@code openStory}, may be null) and its caret are remembered, then the writer, the
     * journal and the store close. {@code detached} runs first, once the session no longer has
     * a store; {@code whenClosed} runs on the FX thread either way.
     */
    void close(UUID openStory, int caret, Runnable detached, Runnable whenClosed) {
        idleCompaction.close();
        closed = true;
        index = Optional.empty();
        detached.run();
        tasks.run(() -> {
            // an index still opening is closed when it has opened
            search.whenComplete((opened, e) -> {
                if (opened != null) {
                    opened.close();
                }
            });
            writer.submit(() -> {
                if (openStory != null) {
                    store.appState().put(Startup.LAST_STORY, openStory.toString());
                    store.appState().put(Startup.LAST_CARET, Integer.toString(caret));
                }
                return null;
            });
            writer.close();
            UnsavedWork.awaitWriter(writer);
            journal.close();
            metadataJournal.close();
            store.close();
            return null;
        }, x -> whenClosed.run(), e -> whenClosed.run());
    }
}
