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

    /** Writes what one journal keeps for a story into the store (only what differs). */
    private interface Apply {
        void apply(Store store, Story current, Story kept);
    }

    /**
     * Replays every journal except those of {@code skip} (a story open in the editor, whose
     * session saves it itself).
     */
    public static Outcome replayAll(Store store, TypingJournal journal, java.util.Set<UUID> skip) throws IOException {
        return replayAll(store, journal, skip, JournalReplay::applyTranscript);
    }

    /** Replays every metadata journal ({@link TypingJournal#forMetadata}): headline, slug... as typed. */
    public static Outcome replayAllMetadata(Store store, TypingJournal metadataJournal) throws IOException {
        return replayAll(store, metadataJournal, java.util.Set.of(), JournalReplay::applyMetadata);
    }

    private static Outcome replayAll(Store store, TypingJournal journal, java.util.Set<UUID> skip, Apply apply)
            throws IOException {
        List<UUID> replayed = new ArrayList<>();
        List<UUID> pending = new ArrayList<>();
        StoreException failure = null;
        for (UUID id : journal.pending()) {
            if (skip.contains(id)) {
                continue;
            }
            try {
                if (replay(store, journal, id, apply)) {
                    replayed.add(id);
                }
            } catch (StoreException e) {
                LOG.warn("what was typed in story {} cannot be saved yet", id, e);
                failure = e;
                pending.add(id);
            } catch (RuntimeException e) {
                // a value the store refuses now: it stays in the journal, nothing is dropped
                LOG.warn("what the journal {} keeps for story {} is refused by the store; it is kept", journal.folder(), id, e);
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
        return replay(store, journal, id, JournalReplay::applyTranscript);
    }

    /** As {@link #replay}, for a metadata journal: the metadata and slug as typed, when they differ. */
    public static boolean replayMetadata(Store store, TypingJournal metadataJournal, UUID id) throws IOException {
        return replay(store, metadataJournal, id, JournalReplay::applyMetadata);
    }

    private static boolean replay(Store store, TypingJournal journal, UUID id, Apply apply) throws IOException {
        Optional<Story> kept = journal.read(id);
        if (kept.isEmpty()) {
            return false;
        }
        Optional<Story> current = store.stories().find(id);
        if (current.isPresent()) {
            apply.apply(store, current.get(), kept.get());
            LOG.info("replayed the journal {} of story {} into the store", journal.file(id).getFileName(), id);
        } else {
            LOG.warn("the journal {} belongs to no story in the store; it is kept", journal.file(id));
            return false;
        }
        journal.saved(id, Long.MAX_VALUE).join();
        journal.forget(id).join();
        return true;
    }

    private static void applyTranscript(Store store, Story current, Story kept) {
        TranscriptEdit edit = TranscriptEdit.between(current.paragraphs(), kept.paragraphs());
        if (!edit.isEmpty()) {
            store.stories().applyEdit(current.id(), current.version(), edit);
        }
    }

    private static void applyMetadata(Store store, Story current, Story kept) {
        if (!kept.metadata().equals(current.metadata()) || !kept.slug().equals(current.slug())) {
            store.workflow().saveMetadata(current.id(), current.version(), kept.metadata(), kept.slug());
        }
    }
}
