package org.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.newsdesk.model.Story;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full-text search over stories that works for Chinese (see {@link ChineseAnalyzers}): one
 * document per story with its headline, metadata and transcript. Updates are cheap and not
 * committed; {@link #commit()} makes them durable (on idle, see {@link BackgroundIndexer}).
 * Searches see updates at once (near-real-time reader). The index is derived data: a damaged
 * or outdated one is simply rebuilt from the store.
 *
 * <p>Traditional and Simplified characters match each other (创业 finds 創業 and back): both
 * are folded to Simplified at index and query time; highlights mark the text as written.
 */
public final class SearchIndex implements AutoCloseable {

    /** Bumped whenever documents are built differently: an index of another schema is rebuilt. */
    static final String SCHEMA = "newsdesk-search-2"; // 2: Traditional folded to Simplified
    static final String SCHEMA_KEY = "schema";
    /** Commit data: the store's change sequence the index is current to. */
    static final String WATERMARK_KEY = "watermark";
    /** Commit data while a rebuild runs: the change sequence it started at, and the last id it holds. */
    static final String REBUILD_FROM_KEY = "rebuild-from";
    static final String REBUILD_AFTER_KEY = "rebuild-after";
    public static final int DEFAULT_PAGE_SIZE = 20;
    /**
     * The most the writer buffers before it flushes a segment: a rebuild of 100,000 stories
     * holds this much of the index in memory at a time, whatever the library's size.
     */
    static final double RAM_BUFFER_MB = 16;

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer unigrams = ChineseAnalyzers.unigrams();
    private final AtomicBoolean uncommitted = new AtomicBoolean();
    /** Built by another schema; cleared once a rebuild has begun. */
    private volatile boolean outdated;
    /** What the next commit records beside the schema (watermark, rebuild state); guarded by this. */
    private final Map<String, String> commitData = new HashMap<>();

    private SearchIndex(Directory directory, boolean create) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(analyzer())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        this.writer = new IndexWriter(directory, config);
        String schema = writer.getLiveCommitData() == null ? null : liveData(writer).get(SCHEMA_KEY);
        boolean empty = writer.getDocStats().numDocs == 0;
        this.outdated = !empty && !SCHEMA.equals(schema);
        if (!outdated && writer.getLiveCommitData() != null) {
            Map<String, String> data = liveData(writer);
            for (String key : List.of(WATERMARK_KEY, REBUILD_FROM_KEY, REBUILD_AFTER_KEY)) {
                if (data.containsKey(key)) {
                    commitData.put(key, data.get(key));
                }
            }
        }
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * The analyzer of each field: bigrams by default, unigrams for the single-character fields
     * (full-width folded, lower case, Traditional folded to Simplified). A program reading the
     * index with plain Lucene analyzes its queries with it to find the terms the index holds.
     */
    public static Analyzer analyzer() {
        Map<String, Analyzer> perField = new HashMap<>();
        Analyzer unigrams = ChineseAnalyzers.unigrams();
        for (SearchField f : SearchField.values()) {
            perField.put(f.unigramField, unigrams);
        }
        return new PerFieldAnalyzerWrapper(ChineseAnalyzers.bigrams(), perField);
    }

    /**
     * Opens (creating if needed) the index in {@code folder}. An index that cannot be read is
     * discarded and started anew ({@link #outdated()} then says it needs filling).
     *
     * <p>The files are read with positional reads ({@link NIOFSDirectory}), not mapped into memory
     * (Lucene's default on 64-bit): every page of a mapped file the process touches counts in its
     * resident size, and a rebuild's merges touch the whole index (measured with 100,000 stories:
     * the window's resident size rose by 125 MB while they ran). Read pages stay in the system's
     * file cache either way; searches read a page of results, which positional reads serve as fast.
     */
    public static SearchIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            Directory dir = new NIOFSDirectory(folder);
            try {
                return new SearchIndex(dir, false);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("search index in {} cannot be read; starting a new one", folder, e);
                return new SearchIndex(dir, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder, e);
        }
    }

    /** An index in memory (tests, benchmarks). */
    public static SearchIndex inMemory() {
        try {
            return new SearchIndex(new ByteBuffersDirectory(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the index on disk was built by another version and must be rebuilt. */
    public boolean outdated() {
        return outdated;
    }

    /** Adds or replaces a story's document. Not committed: cheap enough for every autosave. */
    public void update(Story story) {
        try {
            writer.updateDocument(new Term(StoryDocuments.ID, story.id().toString()), StoryDocuments.of(story));
            uncommitted.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(UUID storyId) {
        try {
            writer.deleteDocuments(new Term(StoryDocuments.ID, storyId.toString()));
            uncommitted.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes all updates so far durable. Does nothing when there are none. */
    public void commit() {
        if (!uncommitted.getAndSet(false)) {
            return;
        }
        try {
            Map<String, String> data = new HashMap<>();
            synchronized (this) {
                data.putAll(commitData);
            }
            data.put(SCHEMA_KEY, SCHEMA);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        } catch (IOException e) {
            uncommitted.set(true);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The store's change sequence this index is current to (every story written up to it is
     * indexed as written, or later), or -1 when unknown (a new index, one from before
     * watermarks, one being rebuilt).
     */
    public synchronized long watermark() {
        if (commitData.containsKey(REBUILD_FROM_KEY)) {
            return -1;
        }
        String w = commitData.get(WATERMARK_KEY);
        return w == null ? -1 : Long.parseLong(w);
    }

    /** Records that the index is current to {@code sequence} and commits, with or without changes. */
    public void commitAt(long sequence) {
        synchronized (this) {
            commitData.remove(REBUILD_FROM_KEY);
            commitData.remove(REBUILD_AFTER_KEY);
            commitData.put(WATERMARK_KEY, Long.toString(sequence));
        }
        uncommitted.set(true);
        commit();
    }

    /** A rebuild that was stopped (the process ended) before it finished: where to go on. */
    public record UnfinishedRebuild(long fromSequence, UUID afterId) {
    }

    /** The rebuild a previous run left unfinished, if any. */
    public synchronized java.util.Optional<UnfinishedRebuild> unfinishedRebuild() {
        String from = commitData.get(REBUILD_FROM_KEY);
        if (from == null) {
            return java.util.Optional.empty();
        }
        String after = commitData.get(REBUILD_AFTER_KEY);
        return java.util.Optional.of(new UnfinishedRebuild(Long.parseLong(from),
                after == null || after.isEmpty() ? null : UUID.fromString(after)));
    }

    /**
     * Empties the index for a rebuild that starts at change {@code fromSequence}; nothing is
     * committed until the first {@link #rebuildCheckpoint}.
     */
    public void beginRebuild(long fromSequence) {
        try {
            writer.deleteAll();
            outdated = false;
            synchronized (this) {
                commitData.remove(WATERMARK_KEY);
                commitData.put(REBUILD_FROM_KEY, Long.toString(fromSequence));
                commitData.put(REBUILD_AFTER_KEY, "");
            }
            uncommitted.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds a story during a rebuild. It replaces any copy already there: a rebuild cut short
     * may have committed stories past its last checkpoint, and resuming must not double them.
     */
    public void addDuringRebuild(Story story) {
        try {
            writer.updateDocument(new Term(StoryDocuments.ID, story.id().toString()), StoryDocuments.of(story));
            uncommitted.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Commits the rebuild so far: every story up to {@code lastId} (in the source's order) is
     * in ({@code null}: none yet).
     */
    public void rebuildCheckpoint(UUID lastId) {
        synchronized (this) {
            commitData.put(REBUILD_AFTER_KEY, lastId == null ? "" : lastId.toString());
        }
        uncommitted.set(true);
        commit();
    }

    public boolean hasUncommittedChanges() {
        return uncommitted.get();
    }

    /**
     * Replaces the whole index with {@code stories} and commits; the index then has no
     * watermark (see {@link IndexSync} for a rebuild that records one).
     */
    public void rebuild(Iterable<Story> stories) {
        try {
            writer.deleteAll();
            outdated = false;
            synchronized (this) {
                commitData.clear();
            }
            for (Story s : stories) {
                writer.addDocument(StoryDocuments.of(s));
            }
            uncommitted.set(true);
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of every story in the index, to tell what is out of date. */
    public Map<UUID, Long> versions() {
        IndexSearcher searcher = acquire();
        try {
            return IndexReading.versions(searcher);
        } finally {
            release(searcher);
        }
    }

    /** How many stories the index holds. */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /**
     * Stories matching {@code typed}: every Chinese run must occur as written (創業 as a
     * substring; 創 alone anywhere), every Latin word as a word; case and full-width forms do
     * not matter. Headline matches rank first.
     *
     * @param page from 0
     */
    public SearchPage search(String typed, int page, int pageSize) {
        if (page < 0 || pageSize < 1) {
            throw new IllegalArgumentException("page " + page + ", page size " + pageSize);
        }
        SearchQuery query = SearchQuery.parse(typed, unigrams);
        if (query.isEmpty()) {
            return new SearchPage(typed, page, pageSize, 0, true, List.of());
        }
        IndexSearcher searcher = acquire();
        try {
            return IndexReading.page(searcher, typed, query, page, pageSize);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() {
        try {
            searchers.maybeRefreshBlocking();
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> liveData(IndexWriter writer) {
        Map<String, String> out = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * False once Lucene has closed the index writer after a failed write (a full disk: "this
     * IndexWriter is closed"); the index must then be opened again.
     */
    public boolean usable() {
        return writer.isOpen() && writer.getTragicException() == null;
    }

    /** Commits what is pending and closes the index. */
    @Override
    public void close() {
        try {
            commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
