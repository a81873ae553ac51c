package org.newsdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local store: one H2 file in the data folder, migrated by Flyway on open and
 * guarded by a lock file so that only one Newsdesk uses it at a time.
 */
public final class Store implements AutoCloseable {

    public static final String DATABASE_NAME = "newsdesk";
    public static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    static final String LOCK_FILE = "newsdesk.lock";

    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    private final Path folder;
    private final FolderLock lock;
    private final Transactions tx;
    private final StoryRepository stories;
    private final AppStateRepository appState;
    private final WorkflowRepository workflow;
    private final NameDirectoryRepository names;
    private final LibraryRepository library;
    private final OutboxRepository outbox;
    private final TargetRepository targets;
    private final MediaRepository media;
    private final StoryStream storyStream;
    private final BulkStories bulk;
    private final ImportSourceRepository imports;
    private final Compaction compaction;
    private final NewsroomReplica newsroom;
    private final RevisionReplica revisionReplica;
    private final boolean readOnly;
    private final boolean compactOnClose;

    private Store(Path folder, FolderLock lock, JdbcConnectionPool pool,
                  Connection keeper, Clock clock, boolean compactOnClose, boolean readOnly) {
        this.folder = folder;
        this.lock = lock;
        this.readOnly = readOnly;
        this.compactOnClose = compactOnClose;
        this.tx = new Transactions(folder, pool, keeper, () -> openPool(folder, compactOnClose, readOnly), readOnly);
        this.stories = new StoryRepository(tx, clock);
        this.appState = new AppStateRepository(tx);
        SignOffRepository signOff = new SignOffRepository(tx, clock);
        this.stories.setSignOff(signOff);
        this.workflow = new WorkflowRepository(tx, stories, signOff, clock);
        this.workflow.setProofErrors(new ProofGate(folder));
        this.names = new NameDirectoryRepository(tx, clock);
        this.library = new LibraryRepository(tx);
        this.outbox = new OutboxRepository(tx, clock);
        this.targets = new TargetRepository(tx, clock);
        this.media = new MediaRepository(tx, clock);
        this.storyStream = new StoryStream(tx);
        this.bulk = new BulkStories(tx, clock);
        this.imports = new ImportSourceRepository(tx, clock);
        this.compaction = new Compaction(tx, folder);
        this.newsroom = new NewsroomReplica(tx, stories, clock);
        this.revisionReplica = new RevisionReplica(tx);
    }

    public static Store open(Path folder) {
        return open(folder, Clock.systemUTC());
    }

    /** Opens (creating and migrating if needed) the store in {@code folder}. */
    public static Store open(Path folder, Clock clock) {
        return open(folder, clock, true);
    }

    /**
     * Opens the store for a command that only reads (list, show, search): closing it does not
     * spend time compacting the file (H2 otherwise compacts for up to 200 ms on close, about
     * half a second at 100,000 stories). Writing still works; the file is compacted by the next
     * close of a store opened with {@link #open}, as the window's.
     */
    public static Store openForReading(Path folder) {
        return open(folder, Clock.systemUTC(), false);
    }

    private static Store open(Path folder, Clock clock, boolean compactOnClose) {
        Path db = folder.resolve(DATABASE_FILE);
        boolean readOnly = false;
        try {
            DataFolder.prepare(folder, 0);
        } catch (StoreException e) {
            if (e.problem() == StoreException.Problem.DISK_FULL && Files.isRegularFile(db)) {
                // a full disk still lets an existing store be read (list, show, search, export elsewhere)
                LOG.warn("the disk of {} is full: the store opens for reading", folder);
            } else if (e.problem() == StoreException.Problem.FOLDER_NOT_WRITABLE && Files.isRegularFile(db)
                    && Files.isReadable(db)) {
                // a read-only disk or mount: everything that only reads still works
                readOnly = true;
            } else {
                throw e;
            }
        }
        if (!readOnly && Files.isRegularFile(db) && !Files.isWritable(db)) {
            readOnly = true;
        }
        if (readOnly) {
            LOG.warn("the store in {} cannot be written: it opens for reading only", folder);
        }
        FolderLock lock = FolderLock.take(folder, readOnly);
        JdbcConnectionPool pool = null;
        Connection keeper = null;
        try {
            pool = openPool(folder, compactOnClose, readOnly);
            boolean hadData = hasData(folder.resolve(DATABASE_FILE));
            keeper = connect(pool, folder);
            if (readOnly && !SchemaMigration.isCurrent(pool)) {
                throw new StoreException(StoreException.Problem.READ_ONLY, folder,
                        "The store in " + folder + " needs an update this Newsdesk cannot write: the folder is read-only", null);
            }
            SchemaMigration.migrate(pool, folder, hadData);
            return new Store(folder, lock, pool, keeper, clock, compactOnClose, readOnly);
        } catch (IOException e) {
            closeQuietly(keeper, pool);
            lock.release();
            throw new StoreException(StoreException.Problem.FOLDER_NOT_WRITABLE, folder,
                    "The data folder " + folder + " cannot be used: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper, pool);
            lock.release();
            throw e;
        }
    }

    private static JdbcConnectionPool openPool(Path folder, boolean compactOnClose, boolean readOnly) {
        String options = readOnly ? ";ACCESS_MODE_DATA=r" : compactOnClose ? "" : ";MAX_COMPACT_TIME=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder) + options, "sa", "");
        pool.setMaxConnections(8);
        return pool;
    }

    /**
     * True after H2 closed the database because a write failed (a full disk); the next read or
     * write opens it again.
     */
    public boolean needsReopening() {
        return tx.broken();
    }

    /**
     * True when the data folder or the database file cannot be written (a read-only disk or
     * mount): reading works, every write is refused with {@link StoreException.Problem#READ_ONLY}.
     */
    public boolean readOnly() {
        return readOnly;
    }

    static String url(Path folder) {
        // WRITE_DELAY=0: a committed transaction reaches the file at once, so killing the
        // process loses nothing that was committed. REUSE_SPACE=FALSE: H2 writes each commit's
        // chunk after the last one in the file, never into space freed earlier. After a crash
        // H2 finds the newest state from the end of the file; a chunk written into freed space
        // (which H2 does once old versions expire, and always after compactFile) was not found
        // there, and reopening lost the last commits (the last one or two when measured; once,
        // every commit since an idle compaction). Only Compaction lets H2 reuse space, while it runs;
        // RETENTION_TIME=0 lets it move chunks into space freed moments before (with no reuse
        // outside a compaction, nothing else writes there).
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;RETENTION_TIME=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Moves a damaged database aside (never deletes it) so a fresh store can be created.
     *
     * @return where the damaged file now is
     */
    public static Path moveAside(Path folder) {
        Path db = folder.resolve(DATABASE_FILE);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = folder.resolve(DATABASE_NAME + ".damaged-" + stamp + ".mv.db");
        try {
            Files.move(db, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.warn("moved damaged database {} to {}", db, target);
            return target;
        } catch (IOException e) {
            throw new StoreException(StoreException.Problem.FOLDER_NOT_WRITABLE, folder,
                    "Cannot move " + db + " aside: " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    public StoryRepository stories() {
        return stories;
    }

    public AppStateRepository appState() {
        return appState;
    }

    /** Status changes and their history, validated metadata, channels. */
    public WorkflowRepository workflow() {
        return workflow;
    }

    /** Names used before, for autocompletion. */
    public NameDirectoryRepository names() {
        return names;
    }

    /** The story library's filters and series. */
    public MediaRepository media() {
        return media;
    }

    /** Where imported stories came from (a second import of the same source is noticed). */
    public ImportSourceRepository imports() {
        return imports;
    }

    public LibraryRepository library() {
        return library;
    }

    /** Bundles queued for delivery and what became of them. */
    public OutboxRepository outbox() {
        return outbox;
    }

    /**
     * Runs {@code work}'s writes (through the repositories) as one transaction: all or none,
     * and one commit instead of one per write (bulk loads: a library built for measuring).
     */
    public void inOneTransaction(Runnable work) {
        tx.write(d -> {
            work.run();
            return null;
        });
    }

    /** Many new stories in one transaction (building a large library). */
    public BulkStories bulk() {
        return bulk;
    }

    /** Every story of the library a page at a time (building a search index). */
    public StoryStream storyStream() {
        return storyStream;
    }

    /** Gives back the space of old versions in the file (on the writer thread only). */
    public Compaction compaction() {
        return compaction;
    }

    /** The configured delivery targets. */
    /**
     * How many writes this store has committed since it opened (any table, any thread): while
     * the number stays the same, nothing in the store has changed since it was last read.
     */
    public long writeCount() {
        return tx.commits();
    }

    /** This workstation's side of a newsroom server (merge bases, open conflicts). */
    public NewsroomReplica newsroom() {
        return newsroom;
    }

    /** Revisions in a newsroom: the server's numbers of local ones, and those made elsewhere. */
    public RevisionReplica newsroomRevisions() {
        return revisionReplica;
    }

    public TargetRepository targets() {
        return targets;
    }

    /**
     * Closes the store and rewrites its file whole, leaving out the space of old versions (H2's
     * {@code SHUTDOWN COMPACT}): the bulk-load policy, after many stories were written at once.
     * It takes seconds on a large library, so never on an ordinary close or a read-only command.
     */
    public void closeCompacted() {
        if (!readOnly) {
            try {
                // plain JDBC: jOOQ asks for the update count after the statement, when the
                // database is already closed, and its failure was logged as a broken store
                tx.read(d -> {
                    d.connection(c -> {
                        try (java.sql.Statement shutdown = c.createStatement()) {
                            shutdown.execute("SHUTDOWN COMPACT");
                        }
                    });
                    return null;
                });
            } catch (RuntimeException e) {
                // H2 tells the session that asked for the shutdown that the database is now closed
                if (!closedByShutdown(e)) {
                    throw e;
                }
            }
        }
        close();
    }

    private static boolean closedByShutdown(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (compactOnClose && !readOnly && !tx.broken()) {
            // H2 compacts for a moment when it closes, writing the file's header last
            compaction.reuseSpaceFromNowOn();
        }
        tx.close();
        lock.release();
    }

    /** A setting of the open database as H2 reports it (tests). */
    String databaseSetting(String name) {
        return tx.read(db -> db.resultQuery(
                "select setting_value from information_schema.settings where setting_name = ?", name).fetchOne(0, String.class));
    }

    private static boolean hasData(Path db) throws IOException {
        return Files.exists(db) && Files.size(db) > 0;
    }

    private static Connection connect(JdbcConnectionPool pool, Path folder) {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw OpenFailures.classify(e, folder);
        }
    }

    /**
     * The newest schema version this build ships (the highest V-number in db/migration;
     * SchemaVersionTest keeps the two together).
     */
    static final int SCHEMA_VERSION = 21;

    /**
     * How many migrations this build ships (versions may leave gaps, e.g. when branches took
     * numbers of their own; SchemaVersionTest counts the scripts).
     */
    static final int MIGRATION_COUNT = 16;

    private static void closeQuietly(Connection keeper, JdbcConnectionPool pool) {
        try {
            if (keeper != null) {
                keeper.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing the store connection failed", e);
        }
        if (pool != null) {
            pool.dispose();
        }
    }
}
