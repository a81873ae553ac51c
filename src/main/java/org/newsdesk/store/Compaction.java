package org.newsdesk.store;

import java.nio.file.Path;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;

/**
 * Gives back the space of old versions in the store's file while the store is open.
 *
 * <p>The store commits with {@code WRITE_DELAY=0} so that every committed save is in the
 * file when the commit returns (a killed process loses nothing committed). With a delay of 0
 * H2 runs no background writer, and that writer is also what rewrites sparse chunks: each
 * autosave writes a new chunk and leaves most of the older ones partly live, so the file grows
 * with every save (measured: 2,000 autosaves of one story, many times the text it holds).
 * This class does that housekeeping on demand: it rewrites chunks whose live share is low and
 * moves chunks towards the start of the file so it can be cut short, for a bounded time. It
 * commits nothing of its own and changes no setting of the commit path, so durability is
 * what it was. Call it on the store's writer thread (it holds H2's store lock while it runs,
 * so a save waits for it) and never from a command that only reads.
 */
public final class Compaction {

    /** Below this share of live data in the file, compaction is worth its time. */
    public static final int FILL_RATE_THRESHOLD = 90;

    /** The most a step moves towards the start of the file (H2's own figure for compactFile). */
    private static final long MOVE_BYTES = 16L * 1024 * 1024;

    private final Transactions tx;
    private final Path folder;

    Compaction(Transactions tx, Path folder) {
        this.tx = tx;
        this.folder = folder;
    }

    /**
     * What the file looks like: its size, how much of it holds live data (H2's fill rate of
     * the file and of its chunks, in percent) and the store's version, which moves with every
     * commit and with every compaction, never with a read.
     */
    public record FileState(long fileBytes, int fillRate, int chunksFillRate, long version) {

        /** True when enough of the file is garbage for compaction to pay. */
        public boolean sparse() {
            return Math.min(fillRate, chunksFillRate) < FILL_RATE_THRESHOLD;
        }
    }

    /** What one run did. */
    public record Outcome(FileState before, FileState after, long nanos) {
    }

    /** The file's size and fill rates as H2 sees them now. */
    public FileState state() {
        return withStore(Compaction::stateOf);
    }

    /**
     * Compacts the file when it is {@link FileState#sparse() sparse}, for about
     * {@code budgetMillis} at most (H2 finishes the chunk move it started, so a run can
     * overshoot by one move). Nothing happens when the file is dense.
     */
    public Outcome compactIfSparse(int budgetMillis) {
        return withStore(mv -> {
            FileState before = stateOf(mv);
            long start = System.nanoTime();
            if (before.sparse() && budgetMillis > 0) {
                // the store writes new chunks at the end of the file only (Store.url: a crash
                // must not lose the last commits); moving chunks down needs the freed space
                mv.setReuseSpace(true);
                try {
                    mv.compactFile(budgetMillis);
                    // compactFile moves chunks only after it rewrote one; when the chunks are dense
                    // but the file has holes (old chunks dropped since), move them down directly
                    if (mv.getFileStore() instanceof RandomAccessStore file && mv.getFillRate() < FILL_RATE_THRESHOLD) {
                        file.compactMoveChunks(FILL_RATE_THRESHOLD, MOVE_BYTES, mv);
                    }
                } finally {
                    mv.setReuseSpace(false);
                }
            }
            return new Outcome(before, stateOf(mv), System.nanoTime() - start);
        });
    }

    /**
     * Lets H2 write into freed space until the store closes: for the short compaction H2 runs
     * as it closes the file (and then writes the file's header, so nothing is lost to a crash).
     */
    void reuseSpaceFromNowOn() {
        try {
            withStore(mv -> {
                mv.setReuseSpace(true);
                return null;
            });
        } catch (StoreException e) {
            // closing goes on: the file keeps its size until the next compaction
        }
    }

    private static FileState stateOf(MVStore mv) {
        return new FileState(mv.getFileStore().size(), mv.getFillRate(), mv.getFileStore().getChunksFillRate(),
                mv.getCurrentVersion());
    }

    private interface StoreWork<T> {
        T run(MVStore mv);
    }

    private <T> T withStore(StoreWork<T> work) {
        try {
            // embedded H2: the session behind a pooled connection is local, and its database
            // owns the MVStore that holds the file (asked through the store's current pool, which a
            // failed write may have replaced)
            return tx.read(db -> db.connectionResult(c -> {
                SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
                return work.run(session.getDatabase().getStore().getMvStore());
            }));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(StoreException.Problem.FAILED, folder.resolve(Store.DATABASE_FILE),
                    "Compacting " + folder.resolve(Store.DATABASE_FILE) + " failed: " + e.getMessage(), e);
        }
    }
}
