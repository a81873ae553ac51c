package org.newsdesk.ui.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.time.Duration;
import org.newsdesk.model.Story;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.ui.common.UiTimer;

/**
 * The saving of metadata as typed, per story: each save is first kept in the metadata journal
 * (forced to the disk), then written by the store; a save the store could not write (a full
 * disk, an I/O error) is tried again, backing off, until it is written, also after its story
 * was closed. Once written, the journal is marked clean. UI thread only.
 */
final class MetadataSaves {

    static final Duration FIRST_WAIT = Duration.ofMillis(250);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(8);

    private final BackgroundTasks tasks;
    private final SaveStatus status;
    private final Map<UUID, Pending> pending = new LinkedHashMap<>();
    private TypingJournal journal;

    /** What is not yet known to be written for one story. */
    private static final class Pending {
        StorySaver saver;
        Story kept;
        long asked;
        long savedUpTo;
        UiTimer retry;
        Duration wait = FIRST_WAIT;
        Throwable journalProblem;
    }

    MetadataSaves(BackgroundTasks tasks, SaveStatus status) {
        this.tasks = tasks;
        this.status = status;
    }

    /** Where metadata is kept until the store has saved it (null: nowhere but the store). */
    void useJournal(TypingJournal metadataJournal) {
        this.journal = metadataJournal;
    }

    /** Reserves the journal file of {@code story} while there is room (it is opened). */
    void opened(UUID story) {
        if (journal != null) {
            journal.reserve(story);
        }
    }

    /**
     * Keeps {@code typed} (a story whose metadata and slug are as typed) in the journal and asks
     * {@code saver} to write them; a failure is retried.
     */
    void save(StorySaver saver, Story typed) {
        Pending p = pending.computeIfAbsent(typed.id(), id -> new Pending());
        p.saver = saver;
        p.kept = typed;
        p.asked++;
        write(p);
    }

    private void write(Pending p) {
        Story typed = p.kept;
        long upTo = p.asked;
        long token = journal == null ? 0 : journal.nextToken();
        if (journal != null) {
            tasks.whenDone(journal.keep(typed, token, List::of), ok -> p.journalProblem = null,
                    e -> p.journalProblem = e);
        }
        CompletableFuture<Boolean> written = p.saver.saveMetadata(typed.metadata(), typed.slug());
        status.track(typed.id(), SaveStatus.Kind.METADATA, written);
        tasks.whenDone(written, ok -> {
            p.savedUpTo = Math.max(p.savedUpTo, upTo);
            p.wait = FIRST_WAIT;
            if (journal != null) {
                journal.saved(typed.id(), token);
            }
            if (p.savedUpTo >= p.asked) {
                stop(p);
                pending.remove(typed.id(), p);
            }
        }, error -> {
            if (StoreWriter.closedWith(error)) {
                stop(p); // the store's writer has shut (the window closed): the journal keeps it for the next start
                return;
            }
            if (error instanceof StoreException se && (se.problem() == StoreException.Problem.STALE
                    || se.problem() == StoreException.Problem.INVALID)) {
                // refused, not failed: the field says why; the journal keeps it until a valid value is saved
                return;
            }
            if (!(error instanceof StoreException)) {
                return;
            }
            retryLater(p);
        });
    }

    private void retryLater(Pending p) {
        if (p.retry != null || p.savedUpTo >= p.asked) {
            return;
        }
        p.retry = tasks.timer(() -> {
            p.retry = null;
            if (p.savedUpTo < p.asked) {
                write(p);
            }
        });
        p.retry.start(p.wait);
        p.wait = Duration.ofMillis(Math.min(p.wait.toMillis() * 2, LONGEST_WAIT.toMillis()));
    }

    private static void stop(Pending p) {
        if (p.retry != null) {
            p.retry.stop();
            p.retry = null;
        }
    }

    /** Tries every unsaved story's metadata again now (the window is closing, or the store is back). */
    void retryNow() {
        for (Pending p : List.copyOf(pending.values())) {
            if (p.savedUpTo < p.asked) {
                stop(p);
                write(p);
            }
        }
    }

    /** True while some story's metadata is not yet known to be written. */
    boolean hasUnsaved() {
        return pending.values().stream().anyMatch(p -> p.savedUpTo < p.asked);
    }

    /** The saver and the metadata as last typed of {@code story}, while not yet written. */
    Optional<UnsavedMetadata> unsavedOf(UUID story) {
        Pending p = pending.get(story);
        return p == null || p.savedUpTo >= p.asked ? Optional.empty()
                : Optional.of(new UnsavedMetadata(p.saver, p.kept));
    }

    /** Why the journal could not keep the metadata of {@code story} either, or null. */
    Throwable journalProblem(UUID story) {
        Pending p = pending.get(story);
        return p == null ? null : p.journalProblem;
    }

    /** The story was closed: its clean journal file goes (one with unsaved metadata stays). */
    void closed(UUID story) {
        if (journal != null && !pending.containsKey(story)) {
            journal.forget(story);
        }
    }
}
