package org.newsdesk.store;

import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;

/** Runs work in one transaction and turns database failures into {@link StoreException}s. */
final class Transactions {

    private final DSLContext dsl;

    Transactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    <T> T read(Function<DSLContext, T> work) {
        try {
            return work.apply(dsl);
        } catch (DataAccessException e) {
            throw new StoreException(StoreException.Problem.FAILED, null, "Reading the store failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction; exceptions it throws itself pass through unchanged. */
    <T> T write(Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (IntegrityConstraintViolationException e) {
            throw new StoreException(StoreException.Problem.INVALID, null, "The store refused a value: " + e.getMessage(), e);
        } catch (DataAccessException e) {
            if (e.getCause() instanceof RuntimeException own && !(own instanceof DataAccessException)) {
                throw own;
            }
            if (e.sqlState() != null && e.sqlState().startsWith("22")) {
                // data exception: a value too long for its column, a bad number
                throw new StoreException(StoreException.Problem.INVALID, null, "The store refused a value: " + e.getMessage(), e);
            }
            throw new StoreException(StoreException.Problem.FAILED, null, "Writing to the store failed: " + e.getMessage(), e);
        }
    }
}
