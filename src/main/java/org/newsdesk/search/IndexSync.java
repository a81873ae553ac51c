package org.newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.newsdesk.model.Story;

/**
 * Brings an index up to date with the store. With a source that keeps a change sequence the
 * index records the sequence it is current to (its watermark): an index at the store's
 * sequence is confirmed with one lookup, and catching up reads only the stories written since
 * (a story moved to the trash is one of them, and leaves the index). A new or outdated index is
 * rebuilt by streaming the library a page at a time, committed every
 * {@link #CHECKPOINT_EVERY} stories, so a rebuild cut short (the process ended) goes on from
 * where it stopped, and a caller that cannot wait (the command line's {@code search --wait})
 * stops it early the same way and searches the part built ({@link #complete}). A source
 * without a sequence is compared story by story.
 * Used when the app starts and by the command line before a search.
 */
public final class IndexSync {

    /** What a refresh did. */
    public record Outcome(int updated, int removed, boolean rebuilt) {
    }

    /** Told how far a rebuild is: {@code done} of {@code total} stories indexed. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void indexed(int done, int total);
    }

    /** Stories between two commits of a rebuild: what a rebuild cut short has to do again at most. */
    static final int CHECKPOINT_EVERY = 5_000;

    private IndexSync() {
    }

    public static Outcome refresh(SearchIndex index, StorySource source) {
        return refresh(index, source, Progress.NONE);
    }

    public static Outcome refresh(SearchIndex index, StorySource source, Progress progress) {
        return refresh(index, source, progress, CHECKPOINT_EVERY);
    }

    /**
     * As {@link #refresh(SearchIndex, StorySource, Progress)}, but a rebuild stops (committed,
     * to go on at the next refresh) as soon as {@code stopWhen} says so, checked before each
     * story; the index is then not {@link #complete}.
     */
    public static Outcome refresh(SearchIndex index, StorySource source, Progress progress, BooleanSupplier stopWhen) {
        return refresh(index, source, progress, CHECKPOINT_EVERY, stopWhen);
    }

    static Outcome refresh(SearchIndex index, StorySource source, Progress progress, int checkpointEvery) {
        return refresh(index, source, progress, checkpointEvery, () -> false);
    }

    /** False while a rebuild is unfinished: the index then holds only part of the library. */
    public static boolean complete(SearchIndex index) {
        return index.outdated() || index.unfinishedRebuild().isEmpty();
    }

    private static Outcome refresh(SearchIndex index, StorySource source, Progress progress, int checkpointEvery,
                                   BooleanSupplier stopWhen) {
        long now = source.changeSequence();
        if (now < 0) {
            return compareVersions(index, source);
        }
        Optional<SearchIndex.UnfinishedRebuild> unfinished = index.outdated()
                ? Optional.empty() : index.unfinishedRebuild();
        if (unfinished.isPresent()) {
            return build(index, source, unfinished.get().fromSequence(), unfinished.get().afterId(), progress,
                    checkpointEvery, stopWhen);
        }
        long watermark = index.outdated() ? -1 : index.watermark();
        if (watermark < 0) {
            return build(index, source, now, null, progress, checkpointEvery, stopWhen);
        }
        if (watermark == now) {
            return new Outcome(0, 0, false);
        }
        return catchUp(index, source, watermark);
    }

    /** Rebuilds the whole index from the source (the "rebuild index" command). */
    public static Outcome rebuild(SearchIndex index, StorySource source) {
        return rebuild(index, source, Progress.NONE);
    }

    public static Outcome rebuild(SearchIndex index, StorySource source, Progress progress) {
        long now = source.changeSequence();
        if (now < 0) {
            return rebuildWhole(index, source);
        }
        return build(index, source, now, null, progress, CHECKPOINT_EVERY, () -> false);
    }

    /**
     * Streams every story after {@code afterId} into the index (all of them, in a fresh index,
     * when {@code afterId} is null and no rebuild is under way), then catches up with what was
     * written since {@code fromSequence}, the store's sequence when the rebuild began.
     */
    private static Outcome build(SearchIndex index, StorySource source, long fromSequence, UUID afterId,
                                 Progress progress, int checkpointEvery, BooleanSupplier stopWhen) {
        boolean resuming = afterId != null;
        if (!resuming) {
            index.beginRebuild(fromSequence);
        }
        int total = source.count();
        int[] done = {resuming ? index.size() : 0};
        int[] sinceCheckpoint = {0};
        UUID[] last = {afterId};
        progress.indexed(Math.min(done[0], total), total);
        try {
            source.forEachStory(afterId, s -> {
                if (stopWhen.getAsBoolean()) {
                    throw new Stopped();
                }
                index.addDuringRebuild(s);
                last[0] = s.id();
                done[0]++;
                progress.indexed(Math.min(done[0], total), total);
                if (++sinceCheckpoint[0] >= checkpointEvery) {
                    index.rebuildCheckpoint(s.id());
                    sinceCheckpoint[0] = 0;
                }
            });
        } catch (Stopped stopped) {
            index.rebuildCheckpoint(last[0]);
            return new Outcome(done[0], 0, true);
        }
        index.commitAt(fromSequence);
        Outcome since = catchUp(index, source, fromSequence);
        return new Outcome(done[0] + since.updated(), since.removed(), true);
    }

    /** Ends a rebuild's stream early (the caller asked to stop); never leaves this class. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    /** Re-indexes the stories written after {@code watermark} and moves the watermark on. */
    private static Outcome catchUp(SearchIndex index, StorySource source, long watermark) {
        List<StorySource.Change> changes = source.changesSince(watermark);
        int updated = 0;
        int removed = 0;
        long reached = watermark;
        for (StorySource.Change c : changes) {
            Optional<Story> story = c.searchable() ? source.load(c.id()) : Optional.empty();
            if (story.isPresent()) {
                index.update(story.get());
                updated++;
            } else {
                index.delete(c.id());
                removed++;
            }
            reached = Math.max(reached, c.sequence());
        }
        if (reached != watermark) {
            index.commitAt(reached);
        }
        return new Outcome(updated, removed, false);
    }

    /** A source without a sequence (small ones: tests, benchmarks) is rebuilt in one go. */
    private static Outcome rebuildWhole(SearchIndex index, StorySource source) {
        List<Story> all = new ArrayList<>();
        source.forEachStory(null, all::add);
        index.rebuild(all);
        return new Outcome(all.size(), 0, true);
    }

    /** The index against the source's versions, story by story (sources without a sequence). */
    private static Outcome compareVersions(SearchIndex index, StorySource source) {
        Map<UUID, Long> wanted = source.versions();
        if (index.outdated()) {
            return rebuildWhole(index, source);
        }
        Map<UUID, Long> indexed = index.versions();
        int updated = 0;
        int removed = 0;
        for (Map.Entry<UUID, Long> e : wanted.entrySet()) {
            if (!e.getValue().equals(indexed.get(e.getKey()))) {
                Optional<Story> story = source.load(e.getKey());
                if (story.isPresent()) {
                    index.update(story.get());
                    updated++;
                }
            }
        }
        for (UUID id : indexed.keySet()) {
            if (!wanted.containsKey(id)) {
                index.delete(id);
                removed++;
            }
        }
        index.commit();
        return new Outcome(updated, removed, false);
    }
}
