package org.newsdesk.newsroom;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.newsdesk.store.NewsroomReplica;

/**
 * Writes the chunks of a pull that are new here on a thread of its own, so that the pull reads
 * the server's next chunk (and its metadata) while the local store writes the previous one: a
 * first join of a large newsroom keeps two cores busy instead of one at a time. Each chunk is
 * written in a transaction of its own, with its mark. Taking several waiting chunks into one
 * transaction cost more than the commits it saved: H2 writes a transaction's pages before its
 * commit once they no longer fit its buffer, and the commit then marks every row committed, reading
 * pages back that had left the cache and writing them all again (measured at 100,000 stories:
 * more CPU and a larger store file). At most {@link #QUEUED} chunks wait, so memory
 * stays bounded; handing one over blocks while the queue is full.
 *
 * <p>The pull waits for everything handed over ({@link #finish}) before it writes anything
 * itself and before it returns; a write that failed is thrown there (and by the next hand-off),
 * and nothing handed over after it is written. {@link #close} lets the writer write what it was
 * handed and stops it, so a pull that failed while reading leaves every chunk it read written.
 */
final class JoinWriter implements AutoCloseable {

    /**
     * Chunks read ahead of the writer at most (about 2 MB each at a pull's 1,000 stories). The
     * reader is the faster side by far on a large join, so the queue is full whenever the writer
     * comes round.
     */
    static final int QUEUED = 10;

    /** One chunk's stories new here, and the app-state values to write with them (the pull's mark). */
    record Chunk(List<NewsroomReplica.Joined> joined, List<NewsroomReplica.Listed> listed, Map<String, String> appState) {
    }

    private static final Chunk END = new Chunk(List.of(), List.of(), Map.of());

    private final NewsroomReplica replica;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Object lock = new Object();
    private int pending;
    private RuntimeException failure;
    private Thread thread;

    JoinWriter(NewsroomReplica replica) {
        this.replica = replica;
    }

    /** Hands a chunk to the writer (started at the first one); throws an earlier write's failure. */
    void write(Chunk chunk) {
        synchronized (lock) {
            throwFailure();
            pending++;
            if (thread == null) {
                thread = new Thread(this::run, "newsroom-join-writer");
                thread.setDaemon(true);
                thread.start();
            }
        }
        try {
            queue.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (lock) {
                pending--;
            }
            throw new IllegalStateException("interrupted while handing a pulled chunk to the store", e);
        }
    }

    /** Waits until every chunk handed over is written; throws the failure of one that was not. */
    void finish() {
        synchronized (lock) {
            while (pending > 0) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the store wrote pulled chunks", e);
                }
            }
            throwFailure();
        }
    }

    /** Writes what was handed over (unless a write failed), then stops the writer's thread. */
    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            t = thread;
        }
        if (t == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(END);
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the chunks read must still be written (or dropped) before the pull returns
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void throwFailure() {
        if (failure != null) {
            throw failure;
        }
    }

    private void run() {
        while (true) {
            Chunk chunk;
            try {
                chunk = queue.take();
            } catch (InterruptedException e) {
                return; // nobody interrupts this thread but the runtime's shutdown
            }
            if (chunk == END) {
                return; // handed over last: every chunk before it was taken
            }
            writeToStore(chunk);
        }
    }

    private void writeToStore(Chunk chunk) {
        boolean failed;
        synchronized (lock) {
            failed = failure != null;
        }
        if (!failed) {
            try {
                replica.writeJoined(chunk.joined(), chunk.listed(), chunk.appState());
            } catch (RuntimeException | Error e) {
                synchronized (lock) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            }
        }
        synchronized (lock) {
            pending--;
            lock.notifyAll();
        }
    }
}
