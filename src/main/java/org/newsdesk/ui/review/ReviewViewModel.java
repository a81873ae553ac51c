package org.newsdesk.ui.review;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.export.review.Review;
import org.newsdesk.export.review.ReviewErrorText;
import org.newsdesk.export.review.ReviewProblem;
import org.newsdesk.export.review.Suggestion;
import org.newsdesk.export.review.SuggestionEdits;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.UiTimer;
import org.newsdesk.workflow.revisions.ParagraphRestore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File → Import review…: a returned .docx read against the revision it was exported from
 * (in the background), its suggestions listed until the editor accepts or rejects each. An
 * accepted suggestion goes into the transcript as one undo step; accepting all is one step too.
 * Nothing is applied without the editor's click.
 */
public final class ReviewViewModel {

    /** The open story's transcript, as the pane sees it. Called on the UI thread unless said otherwise. */
    public interface Transcript {
        /** Writes pending typing (before {@link #stored()}). */
        void flush();

        /** The paragraphs with their ids as the store has them after the writes queued so far (off the UI thread). */
        List<Paragraph> stored();

        /** Applies {@code edit} as one undo step when the transcript still holds {@code expected}; false otherwise. */
        boolean apply(ParagraphRestore.Edit edit, List<Paragraph> expected);

        /** Suggestions were accepted: the story's next kept revision says it was reviewed. */
        void reviewed();
    }

    /** How long a read may take before the pane says it has not finished. */
    static final Duration SLOW_READ = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ReviewViewModel.class);
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Review.Revisions revisions;
    private final Transcript transcript;
    private final UUID storyId;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Review review;

    public ReviewViewModel(BackgroundTasks tasks, Messages messages, Review.Revisions revisions, Transcript transcript,
                           UUID storyId) {
        this.tasks = tasks;
        this.messages = messages;
        this.revisions = revisions;
        this.transcript = transcript;
        this.storyId = storyId;
    }

    /**
     * Reads {@code file} off the UI thread; the suggestions, or an error in the user's language,
     * follow. Whatever the read throws (an {@link Error} too) ends in a message; a read that has
     * not answered after {@link #SLOW_READ} says so (and what it waits for goes to the log), and
     * its suggestions still show if it answers later.
     */
    public void load(Path file) {
        busy.set(true);
        error.set("");
        message.set(messages.get("reviewui.reading", file.getFileName()));
        AtomicReference<Thread> reader = new AtomicReference<>();
        UiTimer slow = tasks.timer(() -> {
            if (review == null && busy.get()) {
                logWhereItWaits(file, reader.get());
                error.set(messages.get("reviewui.slow", file.getFileName(), SLOW_READ.toSeconds()));
            }
        });
        slow.start(SLOW_READ);
        tasks.run(() -> {
            reader.set(Thread.currentThread());
            try {
                return Review.read(file, storyId, revisions);
            } finally {
                reader.set(null);
            }
        }, read -> {
            slow.stop();
            try {
                review = read;
                error.set("");
                suggestions.setAll(read.suggestions());
                message.set(messages.get("reviewui.loaded", read.suggestions().size(), read.revision().revision()));
            } catch (RuntimeException e) {
                failed(file, e);
            } finally {
                busy.set(false);
            }
        }, e -> {
            slow.stop();
            failed(file, e);
        });
    }

    private void failed(Path file, Throwable e) {
        busy.set(false);
        message.set("");
        if (e instanceof ReviewProblem p) {
            error.set(ReviewErrorText.describe(p, messages));
        } else {
            LOG.warn("reading the review document {} failed", file, e);
            error.set(messages.get("reviewui.failed", file.getFileName()));
        }
    }

    private static void logWhereItWaits(Path file, Thread reader) {
        if (reader == null) {
            LOG.warn("the review document {} has not been read after {}: its read has not started", file, SLOW_READ);
            return;
        }
        Throwable where = new Throwable("where " + reader.getName() + " is (" + reader.getState() + ")");
        where.setStackTrace(reader.getStackTrace());
        LOG.warn("the review document {} has not been read after {}", file, SLOW_READ, where);
    }

    /** Puts {@code s} into the transcript (one undo step); it stays listed when the paragraph has changed since. */
    public void accept(Suggestion s) {
        withTranscript(now -> {
            var edit = SuggestionEdits.accept(now, s);
            if (edit.isPresent() && transcript.apply(edit.get(), now)) {
                suggestions.remove(s);
                transcript.reviewed();
                message.set(messages.get("reviewui.accepted", s.number()));
            } else {
                message.set(messages.get("reviewui.conflict", s.number()));
            }
        });
    }

    /** Runs {@code then} on the UI thread with the transcript as stored (pending typing written first). */
    private void withTranscript(java.util.function.Consumer<List<Paragraph>> then) {
        transcript.flush();
        busy.set(true);
        tasks.run(transcript::stored, now -> {
            busy.set(false);
            then.accept(now);
        }, e -> {
            busy.set(false);
            error.set(messages.get("notice.error", String.valueOf(e.getMessage())));
        });
    }

    /** Leaves the transcript as it is for {@code s}. */
    public void reject(Suggestion s) {
        suggestions.remove(s);
        message.set(messages.get("reviewui.rejected", s.number()));
    }

    /** Accepts every listed suggestion that still fits, as one undo step; the others stay listed. */
    public void acceptAll() {
        if (suggestions.isEmpty()) {
            return;
        }
        List<Suggestion> listed = List.copyOf(suggestions);
        withTranscript(now -> {
            SuggestionEdits.All all = SuggestionEdits.acceptAll(now, listed);
            if (all.accepted().isEmpty()
                    || !transcript.apply(new ParagraphRestore.Edit(0, now.size(), all.result()), now)) {
                message.set(messages.get("reviewui.conflictAll"));
                return;
            }
            suggestions.removeAll(all.accepted());
            transcript.reviewed();
            message.set(messages.get("reviewui.acceptedAll", all.accepted().size(), suggestions.size()));
        });
    }

    /** Leaves the transcript as it is for every listed suggestion. */
    public void rejectAll() {
        int n = suggestions.size();
        suggestions.clear();
        message.set(messages.get("reviewui.rejectedAll", n));
    }

    /** "Changed", "Added" or "Removed" in the user's language. */
    public String kind(Suggestion s) {
        return messages.get("review.kind." + s.kind().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** Who made the suggestion, and whether as tracked changes or a plain edit. */
    public String authors(Suggestion s) {
        String who = s.authors().isEmpty() ? messages.get("review.author.unknown") : String.join("、", s.authors());
        return messages.get(s.tracked() ? "reviewui.byTracked" : "reviewui.byPlain", who);
    }

    public ObservableList<Suggestion> suggestions() {
        return suggestions;
    }

    /** The review read, or null before it is. */
    public Review review() {
        return review;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
