package org.newsdesk.store;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

/**
 * Newsroom stories whose text must stay in this data folder because an editor is opening or
 * showing them: dropping an unused text skips them. A hold is taken the moment an opening
 * starts (before the text is read), so a drop either ran before the read (the opening finds the
 * story only listed and fetches it) or skips the story; {@link #awaitDrop} closes the gap of a
 * drop already writing when the hold was taken.
 */
public final class BodyHolds {

    private final Map<UUID, Integer> held = new ConcurrentHashMap<>();
    /** Held by one story's drop from its check to its commit. */
    private final ReentrantLock dropping = new ReentrantLock();

    /** A hold on one story's text; closing it more than once releases it once. */
    public final class Hold implements AutoCloseable {
        private final UUID story;
        private final AtomicBoolean released = new AtomicBoolean();

        private Hold(UUID story) {
            this.story = story;
        }

        public UUID story() {
            return story;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                held.computeIfPresent(story, (id, n) -> n == 1 ? null : n - 1);
            }
        }
    }

    /** Holds {@code story}'s text until the hold is closed; never waits (any thread, the FX thread too). */
    public Hold hold(UUID story) {
        held.merge(story, 1, Integer::sum);
        return new Hold(story);
    }

    public boolean held(UUID story) {
        return held.containsKey(story);
    }

    /** Waits until a drop under way (one that began before a hold was taken) has committed. Off the FX thread. */
    public void awaitDrop() {
        dropping.lock();
        dropping.unlock();
    }

    /** Runs {@code drop} for {@code story} unless it is held, with no hold taking effect halfway; what it returned. */
    boolean dropUnlessHeld(UUID story, BooleanSupplier drop) {
        dropping.lock();
        try {
            return !held(story) && drop.getAsBoolean();
        } finally {
            dropping.unlock();
        }
    }
}
