package org.newsdesk.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * The one way repositories touch the database, turning failures into
 * {@link StoreException}s. Reads take pooled connections. Writes go, one at a time, through
 * a single connection that stays in a transaction and commits once per write: checking a
 * connection out and switching auto-commit off and on again for every save cost ten times
 * the writes themselves (see the store benchmark).
 */
final class Transactions {

    private final DSLContext pooled;
    private final Connection writer;
    private final DSLContext writing;
    private int depth;

    Transactions(DataSource pool, Connection writer) {
        this.pooled = DSL.using(pool, SQLDialect.H2);
        this.writer = writer;
        this.writing = DSL.using(writer, SQLDialect.H2);
        try {
            writer.setAutoCommit(false);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Problem.FAILED, null, "Cannot prepare the store for writing", e);
        }
    }

    <T> T read(Function<DSLContext, T> work) {
        IoThreadCheck.before("store read");
        try {
            return work.apply(pooled);
        } catch (DataAccessException e) {
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
        synchronized (writer) {
            try {
                return work.apply(writing);
            } catch (DataAccessException e) {
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
        synchronized (writer) {
            if (depth > 0) {
                return work.apply(writing);
            }
            depth++;
            try {
                T result = work.apply(writing);
                writer.commit();
                return result;
            } catch (RuntimeException e) {
                rollback();
                throw translate(e);
            } catch (SQLException e) {
                rollback();
                throw new StoreException(StoreException.Problem.FAILED, null, "Writing to the store failed: " + e.getMessage(), e);
            } finally {
                depth--;
            }
        }
    }

    private void rollback() {
        try {
            writer.rollback();
        } catch (SQLException ignored) {
            // the connection is gone; the store reports that on the next write
        }
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof IntegrityConstraintViolationException) {
            return new StoreException(StoreException.Problem.INVALID, null, "The store refused a value: " + e.getMessage(), e);
        }
        if (e instanceof DataAccessException dae) {
            if (dae.sqlState() != null && dae.sqlState().startsWith("22")) {
                // data exception: a value too long for its column, a bad number
                return new StoreException(StoreException.Problem.INVALID, null, "The store refused a value: " + e.getMessage(), e);
            }
            return new StoreException(StoreException.Problem.FAILED, null, "Writing to the store failed: " + e.getMessage(), e);
        }
        return e;
    }
}
