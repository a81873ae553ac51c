package org.newsdesk.ui.main;

import java.util.concurrent.CompletableFuture;
import org.newsdesk.search.LibrarySearch;
import org.newsdesk.store.IdleCompaction;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TypingJournal;

/**
 * The real services of an opened data folder for view-model tests, built as the composition root
 * ({@code app.Workspace.Opened}) builds them, except that idle compaction has no timer (a test
 * that closes only its store would leave one firing into later tests): call it off the FX thread
 * (it opens the search index).
 */
public final class TestFolder {

    private TestFolder() {
    }

    /** The services over {@code store}, with a plain writer. */
    public static FolderServices services(Store store) {
        return services(store, new StoreWriter());
    }

    /** The services over {@code store}, writing through {@code writer} (one that fails or waits on demand). */
    public static FolderServices services(Store store, StoreWriter writer) {
        return new FolderServices(store, writer, new TypingJournal(store.folder()), TypingJournal.forMetadata(store.folder()),
                IdleCompaction.manual(store, writer), CompletableFuture.completedFuture(LibrarySearch.open(store)));
    }
}
