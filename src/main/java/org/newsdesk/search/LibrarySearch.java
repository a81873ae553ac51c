package org.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.newsdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text search over a data folder's library, for the window and the command line
 * alike: the index in {@code <data folder>/index} (in a temporary folder, removed on close,
 * when the data folder is read-only), brought up to date with the store, updated in the
 * background after each save, rebuilt on demand. Searching reads the index directly: the
 * window calls {@link #search} off the FX thread.
 */
public final class LibrarySearch implements AutoCloseable {

    /** The index folder inside the data folder. */
    public static final String FOLDER = "index";
    /** Results per page in the window's library. */
    public static final int PAGE_SIZE = 50;

    private static final Logger LOG = LoggerFactory.getLogger(LibrarySearch.class);

    /** An open index and the thread that writes it. */
    private record Parts(SearchIndex index, BackgroundIndexer indexer) {
    }

    private final Path folder;
    private final StorySource source;
    private volatile Parts parts;
    /** A folder made for this index alone (a read-only data folder), removed on close. */
    private final boolean temporary;
    /** Set by {@link #close()}: from then on nothing reopens the index or writes to its folder. */
    private volatile boolean closed;

    private LibrarySearch(Path folder, StorySource source, boolean temporary) {
        this.folder = folder;
        this.source = source;
        this.temporary = temporary;
        this.parts = open(folder);
    }

    private static Parts open(Path folder) {
        SearchIndex index = SearchIndex.open(folder);
        return new Parts(index, new BackgroundIndexer(index));
    }

    /**
     * Runs {@code work} on the index; when Lucene closed it after a failed write (a full disk),
     * the index is opened again, brought up to date from the store, and {@code work} runs once more.
     */
    private <T> CompletableFuture<T> healing(Function<Parts, CompletableFuture<T>> work) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the search index in " + folder + " is closed"));
        }
        Parts p = parts;
        if (!p.index().usable()) {
            return reopened(p).thenCompose(work);
        }
        return work.apply(p).exceptionallyCompose(e -> p.index().usable()
                ? CompletableFuture.failedFuture(e) : reopened(p).thenCompose(work));
    }

    private synchronized CompletableFuture<Parts> reopened(Parts broken) {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the search index in " + folder + " is closed"));
        }
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
    public static LibrarySearch open(Store store) {
        if (store.readOnly()) {
            // a read-only data folder cannot hold the index: it is built in a temporary folder, removed on close
            try {
                return new LibrarySearch(Files.createTempDirectory("newsdesk-index-"),
                        new StoreStories(store), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new LibrarySearch(store.folder().resolve(FOLDER), new StoreStories(store), false);
    }

    /** Indexes what changed while the app was closed (or elsewhere, e.g. on the command line). */
    public CompletableFuture<IndexSync.Outcome> refresh(IndexSync.Progress progress) {
        return healing(p -> p.indexer().refresh(source, progress));
    }

    /** As above, stopping between batches once {@code stopWhen} says so; {@link #coverage()} then tells how far it got. */
    public CompletableFuture<IndexSync.Outcome> refresh(IndexSync.Progress progress, java.util.function.BooleanSupplier stopWhen) {
        return healing(p -> p.indexer().refresh(source, progress, stopWhen));
    }

    /**
     * True when bringing the index up to date means building it from the stories (all of them, or
     * the rest of a rebuild cut short): a new, outdated, unfinished or temporary index. An index
     * with a watermark only catches up with the stories written since.
     */
    public boolean needsBuilding() {
        SearchIndex index = parts.index();
        return temporary || index.outdated() || index.watermark() < 0;
    }

    /** How much of the library the index holds: complete, or n stories of the library's N. */
    public Coverage coverage() {
        SearchIndex index = parts.index();
        boolean complete = IndexSync.complete(index);
        return new Coverage(complete, index.size(), complete ? index.size() : source.count());
    }

    /** How much of the library an index holds. */
    public record Coverage(boolean complete, int indexed, int total) {
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
        return search(typed, 0, PAGE_SIZE);
    }

    /** Page {@code page} (from 0) of {@code pageSize} stories matching {@code typed}, best first. */
    public SearchPage search(String typed, int page, int pageSize) {
        Parts p = parts;
        try {
            if (p.index().usable()) {
                return p.index().search(typed, page, pageSize);
            }
        } catch (RuntimeException e) {
            if (p.index().usable()) {
                throw e;
            }
            LOG.warn("the search index was closed by a failed write; it is opened again", e);
        }
        return reopened(p).join().index().search(typed, page, pageSize);
    }

    /** True when the index lives in a temporary folder (a read-only data folder) and goes on close. */
    public boolean temporary() {
        return temporary;
    }

    /**
     * Finishes the queued updates, commits and closes the index. Updates asked for later fail
     * without touching the folder (the next open brings the index up to date with the store).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Parts p = parts;
        p.indexer().close();
        p.index().close();
        if (temporary) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                LOG.warn("the temporary search index {} was not removed", folder, e);
            }
        }
    }
}
