package org.newsdesk.newsroom;

import java.util.List;
import java.util.UUID;
import org.newsdesk.store.Store;

/**
 * What this workstation has to push, as the session's loop asks it: several times a second,
 * so the store is looked at again only after it committed a write (the answer cannot change
 * without one). A write that asked for no sync (the command line's, a test's) is still found.
 */
final class PendingPushes {

    private final Store store;
    /** The store's write count when {@link #any} last looked, and what it found then. */
    private long lookedAt = -1;
    private boolean waiting;

    PendingPushes(Store store) {
        this.store = store;
    }

    /** Whether a story changed here waits to be pushed, leaving aside those with an open conflict. */
    boolean any() {
        long writes = store.writeCount(); // counted before looking: a write meanwhile makes the next call look again
        if (writes != lookedAt) {
            List<UUID> candidates = store.newsroom().pushCandidates();
            waiting = !candidates.isEmpty() && !conflicted().containsAll(candidates);
            lookedAt = writes;
        }
        return waiting;
    }

    /** How many stories wait to be pushed (those with an open conflict too). */
    int count() {
        return store.newsroom().pushCandidates().size();
    }

    /** The stories with an open conflict. */
    List<UUID> conflicted() {
        return store.newsroom().storiesWithConflicts();
    }
}
