package org.newsdesk.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes typing left in the {@link TypingJournal} (after a crash, or while the store could not
 * be written) into the store, and clears the journal of each story so saved. Call it on the
 * store's writer thread, so that reads queued after it see the replayed text.
 */
public final class JournalReplay {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReplay.class);

    private JournalReplay() {
    }

    /** What a replay did. */
    public record Outcome(List<UUID> replayed, List<UUID> stillPending, StoreException failure) {
    }

    /**
     * Replays every journal except those of {@code skip} (a story open in the editor, whose
     * session saves it itself).
     */
    public static Outcome replayAll(Store store, TypingJournal journal, java.util.Set<UUID> skip) throws IOException {
        List<UUID> replayed = new ArrayList<>();
        List<UUID> pending = new ArrayList<>();
        StoreException failure = null;
        for (UUID id : journal.pending()) {
            if (skip.contains(id)) {
                continue;
            }
            try {
                if (replay(store, journal, id)) {
                    replayed.add(id);
                }
            } catch (StoreException e) {
                LOG.warn("the typing kept for story {} cannot be saved yet", id, e);
                failure = e;
                pending.add(id);
            }
        }
        return new Outcome(replayed, pending, failure);
    }

    /**
     * Writes the journal of {@code id} into the store (only the paragraphs that differ) and
     * clears it.
     *
     * @return true when there was something to replay
     */
    public static boolean replay(Store store, TypingJournal journal, UUID id) throws IOException {
        Optional<Story> kept = journal.read(id);
        if (kept.isEmpty()) {
            return false;
        }
        Optional<Story> current = store.stories().find(id);
        if (current.isPresent()) {
            TranscriptEdit edit = TranscriptEdit.between(current.get().paragraphs(), kept.get().paragraphs());
            if (!edit.isEmpty()) {
                store.stories().applyEdit(id, current.get().version(), edit);
            }
            LOG.info("replayed the typing journal of story {} into the store", id);
        } else {
            LOG.warn("the typing journal of story {} belongs to no story in the store; it is kept", id);
            return false;
        }
        journal.saved(id, Long.MAX_VALUE).join();
        journal.forget(id).join();
        return true;
    }
}
