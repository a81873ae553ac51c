package org.newsdesk.ui.main;

import java.util.concurrent.CompletableFuture;
import org.newsdesk.search.LibrarySearch;
import org.newsdesk.store.IdleCompaction;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TypingJournal;

/**
 * What the main window works on while one data folder is open, built once by the composition
 * root ({@code app.Workspace}) and handed to {@link MainViewModel} by its constructor: the
 * opened store, its writer thread, the typing journals (text and metadata), idle compaction, and
 * the search index, which may still be opening.
 */
public record FolderServices(Store store, StoreWriter writer, TypingJournal journal, TypingJournal metadataJournal,
        IdleCompaction idleCompaction, CompletableFuture<LibrarySearch> search) {

    /**
     * Closes a folder no window took (the window was closed while it opened): idle compaction,
     * the index once it has opened, the writer after what it holds, the journals, the store.
     * Off the FX thread.
     */
    public void close() {
        idleCompaction.close();
        search.whenComplete((opened, e) -> {
            if (opened != null) {
                opened.close();
            }
        });
        writer.close();
        UnsavedWork.awaitWriter(writer);
        journal.close();
        metadataJournal.close();
        store.close();
    }
}
