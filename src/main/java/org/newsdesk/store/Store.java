package org.newsdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
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
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final int H2_FILE_CORRUPTED = 90030;
    private static final int H2_FILE_VERSION_ERROR = 90048;
    private static final int H2_GENERAL_ERROR = 50000;
    private static final int H2_IO_EXCEPTION = 90028;

    /**
     * Folders this process has locked. Closing a second channel on the lock file would
     * release the OS lock held through the first one, so a second open in the same JVM
     * must be refused before it touches the file.
     */
    private static final Set<Path> LOCKED_HERE = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel lockChannel;
    private final FileLock lock;
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
    private final boolean readOnly;

    private Store(Path folder, FileChannel lockChannel, FileLock lock, JdbcConnectionPool pool,
                  Connection keeper, Clock clock, boolean compactOnClose, boolean readOnly) {
        this.folder = folder;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.readOnly = readOnly;
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
        Path key = folder.toAbsolutePath().normalize();
        if (!LOCKED_HERE.add(key)) {
            throw locked(folder, null);
        }
        FileChannel channel = null;
        FileLock lock = null;
        JdbcConnectionPool pool = null;
        Connection keeper = null;
        try {
            if (readOnly) {
                channel = lockForReading(folder);
                lock = channel == null ? null : tryLock(channel, folder, true);
            } else {
                channel = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                lock = tryLock(channel, folder, false);
            }
            pool = openPool(folder, compactOnClose, readOnly);
            boolean hadData = hasData(folder.resolve(DATABASE_FILE));
            keeper = connect(pool, folder);
            if (readOnly && !schemaIsCurrent(pool)) {
                throw new StoreException(StoreException.Problem.READ_ONLY, folder,
                        "The store in " + folder + " needs an update this Newsdesk cannot write: the folder is read-only", null);
            }
            migrate(pool, folder, hadData);
            return new Store(folder, channel, lock, pool, keeper, clock, compactOnClose, readOnly);
        } catch (IOException e) {
            closeQuietly(keeper, pool, lock, channel);
            LOCKED_HERE.remove(key);
            throw new StoreException(StoreException.Problem.FOLDER_NOT_WRITABLE, folder,
                    "The data folder " + folder + " cannot be used: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(keeper, pool, lock, channel);
            LOCKED_HERE.remove(key);
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

    /**
     * The lock file opened for reading on a folder that cannot be written, or null when there is
     * none (no other Newsdesk can be writing to a read-only folder then).
     */
    private static FileChannel lockForReading(Path folder) {
        try {
            return FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.READ);
        } catch (IOException e) {
            return null;
        }
    }

    static String url(Path folder) {
        // WRITE_DELAY=0: a committed transaction reaches the file at once, so killing the
        // process loses nothing that was committed.
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME).toAbsolutePath()
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
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
    /** This workstation's side of a newsroom server (merge bases, open conflicts). */
    public NewsroomReplica newsroom() {
        return newsroom;
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
                tx.read(d -> d.execute("SHUTDOWN COMPACT"));
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
        tx.close();
        closeQuietly(null, null, lock, lockChannel);
        LOCKED_HERE.remove(folder.toAbsolutePath().normalize());
    }

    /** A setting of the open database as H2 reports it (tests). */
    String databaseSetting(String name) {
        return tx.read(db -> db.resultQuery(
                "select setting_value from information_schema.settings where setting_name = ?", name).fetchOne(0, String.class));
    }

    private static boolean hasData(Path db) throws IOException {
        return Files.exists(db) && Files.size(db) > 0;
    }

    private static FileLock tryLock(FileChannel channel, Path folder, boolean shared) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock(0L, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw locked(folder, null);
        }
        return lock;
    }

    private static Connection connect(JdbcConnectionPool pool, Path folder) {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw classify(e, folder);
        }
    }

    /**
     * The newest schema version this build ships (the highest V-number in db/migration;
     * SchemaVersionTest keeps the two together).
     */
    static final int SCHEMA_VERSION = 15;

    /**
     * How many migrations this build ships (versions may leave gaps, e.g. when branches took
     * numbers of their own; SchemaVersionTest counts the scripts).
     */
    static final int MIGRATION_COUNT = 11;

    private static void migrate(JdbcConnectionPool pool, Path folder, boolean hadData) {
        if (hadData && schemaIsCurrent(pool)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();
        try {
            MigrationInfo[] applied = flyway.info().applied();
            if (hadData && applied.length == 0) {
                // H2 can open a file whose data is gone as an empty database; migrating
                // it would hide the loss. Treat it as damaged so it is moved aside, not reused.
                throw new StoreException(StoreException.Problem.CORRUPT, folder.resolve(DATABASE_FILE),
                        "The database " + folder.resolve(DATABASE_FILE) + " has lost its contents", null);
            }
            for (MigrationInfo info : applied) {
                if (info.getState().name().startsWith("FUTURE")) {
                    throw new StoreException(StoreException.Problem.TOO_NEW, folder.resolve(DATABASE_FILE),
                            "The store in " + folder + " was written by a newer Newsdesk (schema version "
                                    + info.getVersion() + "); it is left untouched", null);
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw classify(sql, folder);
            }
            throw new StoreException(StoreException.Problem.FAILED, folder.resolve(DATABASE_FILE),
                    "The store in " + folder + " could not be prepared: " + e.getMessage(), e);
        }
    }

    /**
     * True when every migration of this build ({@link #MIGRATION_COUNT} of them, up to
     * {@link #SCHEMA_VERSION}), and none beyond, was applied
     * successfully: the usual start, which then needs no Flyway (it costs a noticeable part of
     * start-up). Anything else, including no history at all, goes through Flyway's checks.
     */
    private static boolean schemaIsCurrent(JdbcConnectionPool pool) {
        String query = "select count(*), count(case when \"success\" then 1 end), max(cast(\"version\" as int))"
                + " from \"flyway_schema_history\" where \"version\" is not null";
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            return r.next() && r.getInt(1) == MIGRATION_COUNT && r.getInt(2) == MIGRATION_COUNT
                    && r.getInt(3) == SCHEMA_VERSION;
        } catch (SQLException e) {
            return false;
        }
    }

    static StoreException classify(SQLException e, Path folder) {
        Path db = folder.resolve(DATABASE_FILE);
        int code = e.getErrorCode();
        if (code == H2_DATABASE_ALREADY_OPEN) {
            return locked(folder, e);
        }
        if (code == H2_FILE_CORRUPTED || code == H2_FILE_VERSION_ERROR || code == H2_GENERAL_ERROR
                || (code == H2_IO_EXCEPTION && causedByEof(e))) {
            return new StoreException(StoreException.Problem.CORRUPT, db,
                    "The database " + db + " is damaged and cannot be opened", e);
        }
        return new StoreException(StoreException.Problem.FAILED, db,
                "The database " + db + " cannot be opened: " + e.getMessage(), e);
    }

    private static boolean causedByEof(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    private static StoreException locked(Path folder, Exception cause) {
        return new StoreException(StoreException.Problem.LOCKED, folder,
                "Another Newsdesk is using the data folder " + folder, cause);
    }

    private static void closeQuietly(Connection keeper, JdbcConnectionPool pool, FileLock lock, FileChannel channel) {
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
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.warn("releasing the store lock failed", e);
        }
    }
}
