package org.newsdesk.ui.editor;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.ui.common.UiTimer;

/**
 * The saving of one story's transcript: what has been typed since the store last saved it,
 * the journal that keeps it meanwhile, and the retries after a failed save (backing off from a
 * quarter of a second to {@link #LONGEST_WAIT}; none once the store's writer has closed). A
 * session lives on after its story is closed until what was typed is saved. FX thread only.
 */
final class TranscriptSession {

    static final Duration FIRST_WAIT = Duration.ofMillis(250);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(8);

    private final Story base;
    private final StorySaver saver;
    private final SaveStatus status;
    private final BackgroundTasks tasks;
    private final TypingJournal journal;
    private final Consumer<TranscriptSession> whenSaved;
    private long edits;
    private long savedUpTo;
    private Supplier<List<Paragraph>> latest;
    /** The retry's wait (made on first use: a session made off the UI thread never needs one). */
    private UiTimer retry;
    private boolean retrying;
    private Duration wait = FIRST_WAIT;
    private Throwable journalProblem;

    TranscriptSession(Story base, StorySaver saver, SaveStatus status, BackgroundTasks tasks, TypingJournal journal,
                      Consumer<TranscriptSession> whenSaved) {
        this.base = base;
        this.saver = saver;
        this.status = status;
        this.tasks = tasks;
        this.journal = journal;
        this.whenSaved = whenSaved;
        if (journal != null) {
            journal.reserve(base.id());
        }
    }

    UUID storyId() {
        return base.id();
    }

    StorySaver saver() {
        return saver;
    }

    void edited() {
        edits++;
    }

    /** True while something typed is not yet known to be in the store. */
    boolean dirty() {
        return edits > savedUpTo;
    }

    /** The transcript as last handed to a save (null before the first). */
    Supplier<List<Paragraph>> latest() {
        return latest;
    }

    /** Why the journal could not keep the typing, or null. */
    Throwable journalProblem() {
        return journalProblem;
    }

    /** Keeps {@code snapshot} in the journal and asks the store to save it; a failure is retried. */
    void save(Supplier<List<Paragraph>> snapshot, Consumer<Supplier<List<Paragraph>>> afterSaved) {
        latest = snapshot;
        long upTo = edits;
        long token = journal == null ? 0 : journal.nextToken();
        if (journal != null) {
            tasks.whenDone(journal.keep(base, token, snapshot), ok -> journalProblem = null, e -> journalProblem = e);
        }
        CompletableFuture<Integer> saved = saver.saveTranscript(snapshot);
        status.track(base.id(), SaveStatus.Kind.TRANSCRIPT, saved);
        tasks.whenDone(saved, rows -> {
            savedUpTo = Math.max(savedUpTo, upTo);
            wait = FIRST_WAIT;
            if (journal != null) {
                journal.saved(base.id(), token);
            }
            afterSaved.accept(snapshot);
            if (!dirty()) {
                stopRetrying();
                whenSaved.accept(this);
            }
        }, error -> {
            if (StoreWriter.closedWith(error)) {
                stopRetrying(); // the store is closing: the journal keeps the typing for the next start
                return;
            }
            retryLater(afterSaved);
        });
    }

    private void retryLater(Consumer<Supplier<List<Paragraph>>> afterSaved) {
        if (retrying || !dirty()) {
            return;
        }
        if (retry == null) {
            retry = tasks.timer(() -> {
                retrying = false;
                if (dirty() && latest != null) {
                    save(latest, this.afterSaved);
                }
            });
        }
        this.afterSaved = afterSaved;
        retrying = true;
        retry.start(wait);
        wait = Duration.ofMillis(Math.min(wait.toMillis() * 2, LONGEST_WAIT.toMillis()));
    }

    private Consumer<Supplier<List<Paragraph>>> afterSaved;

    /** Saves again now (the store is back, or the window is closing). */
    void retryNow(Consumer<Supplier<List<Paragraph>>> afterSaved) {
        if (dirty() && latest != null) {
            stopRetrying();
            save(latest, afterSaved);
        }
    }

    void stopRetrying() {
        if (retrying) {
            retry.stop();
            retrying = false;
        }
    }
}
