package org.newsdesk.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Rejection;
import org.newsdesk.store.OutboxOutcome;
import org.newsdesk.store.OutboxRepository;
import org.newsdesk.sync.DeliveryProblem.Code;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox in the background: a few threads each release SCHEDULED entries whose
 * time has come, claim due entries (PENDING, or FAILED and past their next attempt time; never
 * one before its embargo), send them and record the outcome, then sleep until
 * the next entry falls due or something is queued. On start, entries a previous run left
 * SENDING are queued again: the idempotency key makes the resend safe. A DELIVERED entry is
 * never claimed again.
 */
public final class DeliveryWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    /** Entries a thread claims, sends and records at a time: one claim and one record transaction per batch. */
    private static final int BATCH = 8;
    private static final Duration LONGEST_SLEEP = Duration.ofSeconds(30);

    private final OutboxRepository outbox;
    private final OutboxFiles files;
    private final Targets targets;
    private final Backoff backoff;
    private final Clock clock;
    private final int threads;
    private final List<Consumer<DeliveryEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<OutboxEntry>>> releaseListeners = new CopyOnWriteArrayList<>();
    private final Object signal = new Object();
    private long wakeups;
    private ExecutorService running;
    private volatile boolean stopping;
    private volatile DeliveryClaims claims = DeliveryClaims.NONE;

    public DeliveryWorker(OutboxRepository outbox, OutboxFiles files, Targets targets, Backoff backoff, Clock clock,
                          int threads) {
        this.outbox = outbox;
        this.files = files;
        this.targets = targets;
        this.backoff = backoff;
        this.clock = clock;
        this.threads = threads;
    }

    /** Who else must agree before an entry is sent (a newsroom's claims); {@link DeliveryClaims#NONE} by default. */
    public void useClaims(DeliveryClaims claims) {
        this.claims = claims == null ? DeliveryClaims.NONE : claims;
    }

    /** Hears about every finished attempt, on a worker thread. */
    public void addListener(Consumer<DeliveryEvent> listener) {
        listeners.add(listener);
    }

    /** Hears about scheduled entries released because their time came (before they are sent), on a worker thread. */
    public void onRelease(Consumer<List<OutboxEntry>> listener) {
        releaseListeners.add(listener);
    }

    /**
     * Scheduled entries whose time has come by the worker's clock become due; the listeners
     * hear of them. Entries survive in the store, so a schedule missed while Newsdesk was not
     * running is released on the next start.
     */
    private void release(Instant now) {
        List<OutboxEntry> released = outbox.releaseDue(now);
        if (released.isEmpty()) {
            return;
        }
        LOG.info("{} scheduled deliveries released", released.size());
        for (Consumer<List<OutboxEntry>> listener : releaseListeners) {
            try {
                listener.accept(released);
            } catch (RuntimeException e) {
                LOG.warn("a release listener failed", e);
            }
        }
    }

    /** Puts back what a previous run left mid-upload and starts the background threads. */
    public synchronized void start() {
        if (running != null) {
            return;
        }
        int requeued = outbox.requeueInterrupted();
        if (requeued > 0) {
            LOG.info("{} interrupted deliveries queued again", requeued);
        }
        running = Executors.newFixedThreadPool(threads, daemon("delivery"));
        for (int i = 0; i < threads; i++) {
            running.execute(this::loop);
        }
    }

    /** Something was queued or asked to be retried: look at the outbox now. */
    public void wake() {
        synchronized (signal) {
            wakeups++;
            signal.notifyAll();
        }
    }

    /**
     * One pass in the calling thread's stead (the background threads must not run): delivers
     * every entry due now, each attempted at most once, and returns what came of them.
     */
    public PassSummary deliverDue() throws InterruptedException {
        outbox.requeueInterrupted();
        Instant passStart = Instant.now(clock);
        release(passStart);
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("delivery-once"));
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                work.add(pool.submit(() -> {
                    for (List<OutboxEntry> batch = outbox.claimDue(BATCH, passStart); !batch.isEmpty();
                            batch = outbox.claimDue(BATCH, passStart)) {
                        for (DeliveryOutcome outcome : attempt(batch)) {
                            (outcome instanceof DeliveryOutcome.Delivered ? delivered
                                    : outcome instanceof DeliveryOutcome.Retry ? failed : rejected).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("delivery pass failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new PassSummary(delivered.get(), failed.get(), rejected.get());
    }

    /** How long the worker waits after the store failed before it looks again. */
    private static final Duration STORE_FAILURE_PAUSE = Duration.ofSeconds(5);

    private void loop() {
        while (!stopping) {
            try {
                long seen;
                synchronized (signal) {
                    seen = wakeups;
                }
                Instant now = Instant.now(clock);
                release(now);
                List<OutboxEntry> batch = outbox.claimDue(BATCH, now);
                if (batch.isEmpty()) {
                    sleepUntilDue(seen);
                    continue;
                }
                attempt(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the store failed (disk gone?): wait a little rather than spin, then look again
                if (stopping) {
                    return;
                }
                LOG.warn("delivery worker: {}", e.getMessage(), e);
                try {
                    synchronized (signal) {
                        signal.wait(STORE_FAILURE_PAUSE.toMillis());
                    }
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void sleepUntilDue(long seen) throws InterruptedException {
        Duration wait = outbox.nextDue().map(due -> Duration.between(Instant.now(clock), due)).orElse(LONGEST_SLEEP);
        if (wait.compareTo(LONGEST_SLEEP) > 0) {
            wait = LONGEST_SLEEP;
        }
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        synchronized (signal) {
            if (wakeups == seen && !stopping) {
                signal.wait(Math.max(1, wait.toMillis()));
            }
        }
    }

    /**
     * Sends claimed entries one after the other and records their outcomes together. Killed in
     * between, a sent but unrecorded entry is still SENDING and is resent on the next start,
     * which the target recognises by its idempotency key.
     */
    private List<DeliveryOutcome> attempt(List<OutboxEntry> batch) throws InterruptedException {
        List<DeliveryOutcome> outcomes = new ArrayList<>(batch.size());
        List<OutboxOutcome> records = new ArrayList<>(batch.size());
        for (OutboxEntry entry : batch) {
            DeliveryOutcome outcome = send(entry);
            outcomes.add(outcome);
            records.add(record(entry, outcome));
        }
        Map<Long, OutboxEntry> stored = new HashMap<>();
        for (OutboxEntry e : outbox.record(records)) {
            stored.put(e.id(), e);
        }
        for (int i = 0; i < batch.size(); i++) {
            OutboxEntry entry = stored.get(batch.get(i).id());
            if (entry == null) {
                entry = outbox.find(batch.get(i).id()).orElse(batch.get(i));
            }
            DeliveryEvent event = new DeliveryEvent(entry, outcomes.get(i));
            for (Consumer<DeliveryEvent> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("a delivery listener failed", e);
                }
            }
        }
        return outcomes;
    }

    private OutboxOutcome record(OutboxEntry entry, DeliveryOutcome outcome) {
        if (outcome instanceof DeliveryOutcome.Retry r) {
            return OutboxOutcome.failed(entry.id(), r.error().stored(),
                    Instant.now(clock).plus(backoff.delay(entry.attempts(), r.retryAfter())));
        }
        if (outcome instanceof DeliveryOutcome.Rejected r) {
            return OutboxOutcome.rejected(entry.id(), Rejection.valueOf(r.reason().name()), r.problem().stored());
        }
        return OutboxOutcome.delivered(entry.id());
    }

    private DeliveryOutcome send(OutboxEntry entry) throws InterruptedException {
        Optional<DeliveryTarget> target;
        try {
            target = targets.target(entry.target());
        } catch (RuntimeException e) {
            LOG.warn("target {} cannot be built", entry.target(), e);
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED,
                    DeliveryProblem.of(Code.TARGET_UNUSABLE, entry.target(), e.getClass().getSimpleName()));
        }
        if (target.isEmpty()) {
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED, targets.find(entry.target()).isPresent()
                    ? DeliveryProblem.of(Code.TARGET_KIND_UNSUPPORTED, targets.find(entry.target()).get().kind())
                    : DeliveryProblem.of(Code.TARGET_GONE, entry.target()));
        }
        if (entry.embargoUntil() != null && Instant.now(clock).isBefore(entry.embargoUntil())) {
            // never reached: entries are only claimed after their embargo; kept so no path can send early
            return new DeliveryOutcome.Retry(DeliveryProblem.of(Code.EMBARGOED, entry.embargoUntil()), null);
        }
        Path zip = files.zip(entry.sha256());
        if (!Files.isRegularFile(zip)) {
            return new DeliveryOutcome.Rejected(DeliveryOutcome.Reason.REFUSED,
                    DeliveryProblem.of(Code.BUNDLE_MISSING, zip));
        }
        org.newsdesk.store.IoThreadCheck.before("delivery to " + entry.target());
        DeliveryClaims asked = claims;
        DeliveryOutcome instead = asked.claim(entry);
        if (instead != null) {
            return instead;
        }
        // the portal's revision number is the bundle's: a newsroom's number for a newsroom story
        Delivery delivery = new Delivery(entry.storyId().toString(), asked.revision(entry), entry.slug(), entry.sha256(),
                zip, entry.releaseAt(), entry.embargoUntil());
        DeliveryOutcome outcome;
        try {
            outcome = target.get().deliver(delivery);
        } catch (RuntimeException e) {
            LOG.warn("delivery to {} failed unexpectedly", entry.target(), e);
            outcome = new DeliveryOutcome.Retry(DeliveryProblem.of(Code.UNEXPECTED, e.getClass().getSimpleName()), null);
        }
        asked.finished(entry, outcome);
        return outcome;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops the threads; an upload under way is abandoned and resent on the next start. */
    @Override
    public synchronized void close() {
        stopping = true;
        wake();
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
