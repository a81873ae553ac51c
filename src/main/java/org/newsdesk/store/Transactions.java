package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way repositories touch the database, turning failures into
 * {@link StoreException}s. Reads take pooled connections. Writes go, one at a time, through
 * a single connection that stays in a transaction and commits once per write: checking a
 * connection out and switching auto-commit off and on again for every save cost ten times
 * the writes themselves (see the store benchmark).
 *
 * <p>H2 closes the whole database after a write to its file fails (a full disk, an I/O error):
 * every later statement fails with "the database has been closed" even once the disk has room
 * again. The connections are then marked broken, and the next read or write opens them again
 * (the file holds what was last committed), so saving resumes by itself once the fault is gone.
 */
final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private static final int H2_DATABASE_CLOSED = 90098;
    private static final int H2_DATABASE_CALLED_AT_SHUTDOWN = 90121;
    private static final int H2_GENERAL_ERROR = 50000;

    /** Opens a fresh pool on the same database file (after H2 closed it). */
    interface PoolFactory {
        JdbcConnectionPool open() throws SQLException;
    }

    private final Object lock = new Object();
    private final Path folder;
    private final PoolFactory reopen;
    private volatile JdbcConnectionPool pool;
    private volatile Connection writer;
    private volatile DSLContext pooled;
    private volatile DSLContext writing;
    private volatile boolean broken;
    private final boolean readOnly;
    private int depth;
    private volatile long commits;

    Transactions(Path folder, JdbcConnectionPool pool, Connection writer, PoolFactory reopen, boolean readOnly) {
        this.folder = folder;
        this.reopen = reopen;
        this.readOnly = readOnly;
        use(pool, writer);
    }

    private void use(JdbcConnectionPool newPool, Connection newWriter) {
        this.pool = newPool;
        this.writer = newWriter;
        this.pooled = DSL.using(newPool, SQLDialect.H2);
        this.writing = DSL.using(newWriter, SQLDialect.H2);
        try {
            newWriter.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.FAILED, null, "Cannot prepare the store for writing", e);
        }
    }

    boolean isReadOnly() {
        return readOnly;
    }

    /**
     * How many writes were committed since the store opened: while it stays the same, nothing
     * read from the store has changed (a reader polling for news can skip its query).
     */
    long commits() {
        return commits;
    }

    /** True after H2 closed the database because a write failed; the next use reopens it. */
    boolean broken() {
        return broken;
    }

    <T> T read(Function<DSLContext, T> work) {
        IoThreadCheck.before("store read");
        reopenIfBroken();
        try {
            return work.apply(pooled);
        } catch (DataAccessException e) {
            noteIfBroken(e);
            throw new StoreException(StoreException.Problem.FAILED, null, "Reading the store failed: " + e.getMessage(), e);
        }
    }

    /**
     * Several statements that must see one version of the data: they run on the writing
     * connection while no write can interleave. A story opens in a few milliseconds, so a
     * save waits at most that long.
     */
    <T> T readConsistent(Function<DSLContext, T> work) {
        IoThreadCheck.before("store read");
        synchronized (lock) {
            reopenIfBroken();
            try {
                return work.apply(writing);
            } catch (DataAccessException e) {
                noteIfBroken(e);
                throw new StoreException(StoreException.Problem.FAILED, null, "Reading the store failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs {@code work} as one transaction: all of it is committed or none. A write inside a
     * write joins the outer one. Exceptions {@code work} throws itself pass through unchanged.
     */
    <T> T write(Function<DSLContext, T> work) {
        IoThreadCheck.before("store write");
        synchronized (lock) {
            if (depth > 0) {
                return work.apply(writing);
            }
            if (readOnly) {
                throw new StoreException(StoreException.Problem.READ_ONLY, folder,
                        "The store in " + folder + " is read-only: nothing can be saved there", null);
            }
            DataFolder.checkRoomToWrite(folder);
            reopenIfBroken();
            depth++;
            try {
                T result = work.apply(writing);
                writer.commit();
                commits++; // under the lock: one writer at a time
                return result;
            } catch (RuntimeException e) {
                rollback();
                noteIfBroken(e);
                throw translate(e);
            } catch (SQLException e) {
                rollback();
                noteIfBroken(e);
                throw classifyWrite(e, e);
            } finally {
                depth--;
            }
        }
    }

    /** Closes the connections (the store is closing). */
    void close() {
        synchronized (lock) {
            closeQuietly(writer, pool);
        }
    }

    /** Reopens the database if H2 closed it; throws (disk still full, say) when it cannot. */
    private void reopenIfBroken() {
        if (!broken) {
            return;
        }
        synchronized (lock) {
            if (!broken) {
                return;
            }
            closeQuietly(writer, pool);
            JdbcConnectionPool fresh = null;
            try {
                fresh = reopen.open();
                Connection c = fresh.getConnection();
                use(fresh, c);
                broken = false;
                LOG.info("the store in {} was opened again after a failed write", folder);
            } catch (SQLException | RuntimeException e) {
                if (fresh != null) {
                    fresh.dispose();
                }
                throw classifyWrite(e, e);
            }
        }
    }

    private void noteIfBroken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == H2_DATABASE_CLOSED
                    || sql.getErrorCode() == H2_DATABASE_CALLED_AT_SHUTDOWN || sql.getErrorCode() == H2_GENERAL_ERROR)) {
                broken = true;
            }
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                broken = true;
            }
        }
        if (broken) {
            LOG.warn("the store in {} was closed by a failed write; it is opened again on the next use", folder, e);
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the store reports that on the next write
        }
    }

    private RuntimeException translate(RuntimeException e) {
        if (e instanceof IntegrityConstraintViolationException) {
            return new StoreException(StoreException.Problem.INVALID, null, "The store refused a value: " + e.getMessage(), e);
        }
        if (e instanceof DataAccessException dae) {
            if (dae.sqlState() != null && dae.sqlState().startsWith("22")) {
                // data exception: a value too long for its column, a bad number
                return new StoreException(StoreException.Problem.INVALID, null, "The store refused a value: " + e.getMessage(), e);
            }
            return classifyWrite(e, e);
        }
        return e;
    }

    /** A failed write: the disk is full, or the store could not write (an I/O error, H2 closed the file). */
    private StoreException classifyWrite(Throwable e, Throwable cause) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (isNoSpace(e)) {
            return new StoreException(StoreException.Problem.DISK_FULL, folder,
                    "The disk that holds the data folder " + folder + " is full: " + e.getMessage(), cause);
        }
        if (broken) {
            return new StoreException(StoreException.Problem.WRITE_FAILED, folder,
                    "Writing to the store in " + folder + " failed: " + e.getMessage(), cause);
        }
        return new StoreException(StoreException.Problem.FAILED, null, "Writing to the store failed: " + e.getMessage(), cause);
    }

    /** True when a failure comes from a full disk (or quota), wherever in the causes it is said. */
    static boolean isNoSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(Connection c, JdbcConnectionPool p) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException e) {
            LOG.debug("closing the writing connection failed", e);
        }
        if (p != null) {
            p.dispose();
        }
    }
}
