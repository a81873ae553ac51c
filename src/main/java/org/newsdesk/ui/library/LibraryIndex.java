package org.newsdesk.ui.library;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.newsdesk.search.BackgroundIndexer;
import org.newsdesk.search.IndexSync;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.SearchPage;
import org.newsdesk.search.StoreStories;
import org.newsdesk.search.StorySource;
import org.newsdesk.store.Store;

/**
 * The window's full-text index over the store's library ({@code <data folder>/index}): brought
 * up to date when the store opens, updated in the background after each save, rebuilt on
 * demand. Searching reads the index directly: call {@link #search} off the FX thread.
 */
public final class LibraryIndex implements AutoCloseable {

    /** The index folder inside the data folder (the command line's {@code search} uses the same). */
    public static final String FOLDER = "index";
    public static final int PAGE_SIZE = 50;

    private final SearchIndex index;
    private final BackgroundIndexer indexer;
    private final StorySource source;

    private LibraryIndex(SearchIndex index, StorySource source) {
        this.index = index;
        this.source = source;
        this.indexer = new BackgroundIndexer(index);
    }

    /** Opens the store's index (does file I/O: off the FX thread). */
    public static LibraryIndex open(Store store) {
        StorySource source = new StoreStories(store);
        return new LibraryIndex(SearchIndex.open(store.folder().resolve(FOLDER)), source);
    }

    /** Indexes what changed while the app was closed (or elsewhere, e.g. on the command line). */
    public CompletableFuture<IndexSync.Outcome> refresh(IndexSync.Progress progress) {
        return indexer.refresh(source, progress);
    }

    /** Re-indexes a story after it was saved or restored. */
    public CompletableFuture<Void> storyChanged(UUID id) {
        return indexer.storyChanged(id, source);
    }

    /** Takes a story out of the results (moved to the trash). */
    public CompletableFuture<Void> storyRemoved(UUID id) {
        return indexer.storyRemoved(id);
    }

    public CompletableFuture<IndexSync.Outcome> rebuild(IndexSync.Progress progress) {
        return indexer.rebuild(source, progress);
    }

    /** The first page of stories matching {@code typed}, best first. */
    public SearchPage search(String typed) {
        return index.search(typed, 0, PAGE_SIZE);
    }

    /** Finishes the queued updates, commits and closes the index. */
    @Override
    public void close() {
        indexer.close();
        index.close();
    }
}
