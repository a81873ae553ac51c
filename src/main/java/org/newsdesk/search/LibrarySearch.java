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

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(LibraryIndex.class);

    /** An open index and the thread that writes it. */
    private record Parts(SearchIndex index, BackgroundIndexer indexer) {
    }

    private final java.nio.file.Path folder;
    private final StorySource source;
    private volatile Parts parts;
    /** A folder made for this index alone (a read-only data folder), removed on close. */
    private final boolean temporary;

    private LibraryIndex(java.nio.file.Path folder, StorySource source, boolean temporary) {
        this.folder = folder;
        this.source = source;
        this.temporary = temporary;
        this.parts = open(folder);
    }

    private static Parts open(java.nio.file.Path folder) {
        SearchIndex index = SearchIndex.open(folder);
        return new Parts(index, new BackgroundIndexer(index));
    }

    /**
     * Runs {@code work} on the index; when Lucene closed it after a failed write (a full disk),
     * the index is opened again, brought up to date from the store, and {@code work} runs once more.
     */
    private <T> CompletableFuture<T> healing(java.util.function.Function<Parts, CompletableFuture<T>> work) {
        Parts p = parts;
        if (!p.index().usable()) {
            return reopened(p).thenCompose(work);
        }
        return work.apply(p).exceptionallyCompose(e -> p.index().usable()
                ? CompletableFuture.failedFuture(e) : reopened(p).thenCompose(work));
    }

    private synchronized CompletableFuture<Parts> reopened(Parts broken) {
        if (parts != broken) {
            return CompletableFuture.completedFuture(parts);
        }
        try {
            broken.indexer().close();
        } catch (RuntimeException e) {
            LOG.debug("closing the broken index's writer thread failed", e);
        }
        try {
            broken.index().close();
        } catch (RuntimeException e) {
            LOG.debug("closing the broken search index failed", e);
        }
        try {
            Parts fresh = open(folder);
            parts = fresh;
            LOG.info("the search index in {} was opened again after a failed write", folder);
            return fresh.indexer().refresh(source, IndexSync.Progress.NONE).thenApply(outcome -> fresh);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Opens the store's index (does file I/O: off the FX thread). */
    public static LibraryIndex open(Store store) {
        if (store.readOnly()) {
            // a read-only data folder cannot hold the index: it is built in a temporary folder, removed on close
            try {
                return new LibraryIndex(java.nio.file.Files.createTempDirectory("newsdesk-index-"),
                        new StoreStories(store), true);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return new LibraryIndex(store.folder().resolve(FOLDER), new StoreStories(store), false);
    }

    /** Indexes what changed while the app was closed (or elsewhere, e.g. on the command line). */
    public CompletableFuture<IndexSync.Outcome> refresh(IndexSync.Progress progress) {
        return healing(p -> p.indexer().refresh(source, progress));
    }

    /** Re-indexes a story after it was saved or restored. */
    public CompletableFuture<Void> storyChanged(UUID id) {
        return healing(p -> p.indexer().storyChanged(id, source));
    }

    /** Takes a story out of the results (moved to the trash). */
    public CompletableFuture<Void> storyRemoved(UUID id) {
        return healing(p -> p.indexer().storyRemoved(id));
    }

    public CompletableFuture<IndexSync.Outcome> rebuild(IndexSync.Progress progress) {
        return healing(p -> p.indexer().rebuild(source, progress));
    }

    /** The first page of stories matching {@code typed}, best first. */
    public SearchPage search(String typed) {
        Parts p = parts;
        try {
            if (p.index().usable()) {
                return p.index().search(typed, 0, PAGE_SIZE);
            }
        } catch (RuntimeException e) {
            if (p.index().usable()) {
                throw e;
            }
            LOG.warn("the search index was closed by a failed write; it is opened again", e);
        }
        return reopened(p).join().index().search(typed, 0, PAGE_SIZE);
    }

    /** Finishes the queued updates, commits and closes the index. */
    @Override
    public void close() {
        Parts p = parts;
        p.indexer().close();
        p.index().close();
        if (temporary) {
            try (var files = java.nio.file.Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException e) {
                LOG.warn("the temporary search index {} was not removed", folder, e);
            }
        }
    }
}
