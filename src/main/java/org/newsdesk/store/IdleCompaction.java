package org.newsdesk.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's compaction policy: once the store has seen no commit for a whole
 * {@link #QUIET} period and its file is sparse, the store's writer thread compacts it for at
 * most {@link #STEP_MILLIS}; it goes on a step per quiet period until the file is dense or a
 * step frees nothing (then it waits for the next commit).
 * Everything but the timer runs on the writer thread, so a step never overlaps a save (a save
 * asked for during a step waits for it in the writer's queue, as it waits for an earlier
 * save) and never touches the FX thread. Commands that only read never start one.
 */
public final class IdleCompaction implements AutoCloseable {

    /** How long the store must go without a commit before a step. */
    public static final Duration QUIET = Duration.ofSeconds(20);

    /** The longest a step holds the store (H2 may finish the chunk move it began). */
    public static final int STEP_MILLIS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(IdleCompaction.class);

    private final Compaction compaction;
    private final StoreWriter writer;
    private final ScheduledExecutorService timer;
    // confined to the writer thread
    private long versionAtLastCheck = -1;
    private long fruitlessAtVersion = -1;

    private IdleCompaction(Compaction compaction, StoreWriter writer, ScheduledExecutorService timer) {
        this.compaction = compaction;
        this.writer = writer;
        this.timer = timer;
    }

    /**
     * A policy without a timer, for tests: it steps only when {@link #check()} is called (in this
     * package), and a view-model test that closes only its store leaves nothing firing.
     */
    public static IdleCompaction manual(Store store, StoreWriter writer) {
        return new IdleCompaction(store.compaction(), writer, null);
    }

    /** Starts checking every {@link #QUIET} period until {@link #close()}. */
    public static IdleCompaction start(Store store, StoreWriter writer) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-idle-compaction");
            t.setDaemon(true);
            return t;
        });
        IdleCompaction policy = new IdleCompaction(store.compaction(), writer, timer);
        long period = QUIET.toMillis();
        timer.scheduleWithFixedDelay(() -> policy.check().exceptionally(e -> {
            LOG.warn("compacting the store while idle failed", e);
            return Optional.empty();
        }), period, period, TimeUnit.MILLISECONDS);
        return policy;
    }

    /**
     * One check, queued on the writer: a step when nothing was committed since the previous
     * check and the file is sparse; otherwise it only notes the store's version.
     *
     * @return what the step did, or empty when none was due
     */
    CompletableFuture<Optional<Compaction.Outcome>> check() {
        return writer.submit(() -> {
            Compaction.FileState state = compaction.state();
            boolean quiet = state.version() == versionAtLastCheck;
            // a step that freed nothing is not repeated until a commit changes the store
            if (!quiet || !state.sparse() || state.version() == fruitlessAtVersion) {
                versionAtLastCheck = state.version();
                return Optional.empty();
            }
            Compaction.Outcome outcome = compaction.compactIfSparse(STEP_MILLIS);
            versionAtLastCheck = outcome.after().version();
            if (outcome.after().fileBytes() >= outcome.before().fileBytes()) {
                fruitlessAtVersion = outcome.after().version();
            }
            LOG.info("compacted the store while idle: {} -> {} bytes, fill rate {} -> {}% in {} ms",
                    outcome.before().fileBytes(), outcome.after().fileBytes(), outcome.before().fillRate(),
                    outcome.after().fillRate(), outcome.nanos() / 1_000_000);
            return Optional.of(outcome);
        });
    }

    /** Stops the timer; a step already queued on the writer still runs (it is bounded). */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
