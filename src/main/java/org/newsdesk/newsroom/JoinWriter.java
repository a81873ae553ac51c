package org.newsdesk.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.newsdesk.store.NewsroomReplica;

/**
 * Writes the chunks of a pull that are new here on a thread of its own, so that the pull reads
 * the server's next chunk (and its metadata) while the local store writes the previous one: a
 * first join of a large newsroom keeps two cores busy instead of one at a time. Chunks waiting
 * when the writer comes round are written in one transaction (fewer commits while the store is
 * the slower side). At most {@link #QUEUED} chunks wait, so memory stays bounded; handing one
 * over blocks while the queue is full.
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
     * comes round: this is also how many chunks one commit takes, and a commit writes every page
     * of the key index the chunks touched (at 100,000 stories half the writer's time was commits
     * of four or five chunks).
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
        List<Chunk> taken = new ArrayList<>(QUEUED);
        while (true) {
            Chunk first;
            try {
                first = queue.take();
            } catch (InterruptedException e) {
                return; // nobody interrupts this thread but the runtime's shutdown
            }
            taken.clear();
            taken.add(first);
            queue.drainTo(taken);
            boolean end = taken.removeIf(c -> c == END);
            if (!taken.isEmpty()) {
                writeAll(taken);
            }
            if (end) {
                return;
            }
        }
    }

    private void writeAll(List<Chunk> chunks) {
        boolean failed;
        synchronized (lock) {
            failed = failure != null;
        }
        if (!failed) {
            List<NewsroomReplica.Joined> joined = new ArrayList<>();
            List<NewsroomReplica.Listed> listed = new ArrayList<>();
            Map<String, String> appState = new LinkedHashMap<>();
            for (Chunk c : chunks) {
                joined.addAll(c.joined());
                listed.addAll(c.listed());
                appState.putAll(c.appState()); // a later chunk's mark replaces an earlier one's
            }
            try {
                replica.writeJoined(joined, listed, appState);
            } catch (RuntimeException | Error e) {
                synchronized (lock) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            }
        }
        synchronized (lock) {
            pending -= chunks.size();
            lock.notifyAll();
        }
    }
}
