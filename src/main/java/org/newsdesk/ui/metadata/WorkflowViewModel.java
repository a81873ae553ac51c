package org.newsdesk.ui.metadata;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.WorkflowRepository;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.workflow.readiness.ReadinessCheck;
import org.newsdesk.workflow.readiness.ReadinessReport;
import org.newsdesk.workflow.signoff.SignOffRefused;
import org.newsdesk.workflow.signoff.SignOffState;
import org.newsdesk.workflow.status.StatusChange;
import org.newsdesk.workflow.status.StatusChangeRefused;
import org.newsdesk.workflow.status.StatusTransitions;

/**
 * The open story's status, its history and its readiness checks. A status change is written
 * after everything the editor typed (on the store's writer thread); a refused one leaves the
 * status as it was and shows each failed check.
 */
public final class WorkflowViewModel {

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObjectProperty<Status> status = new SimpleObjectProperty<>();
    private final ObservableList<StatusChange> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ReadinessReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SignOffState> signOff = new ReadOnlyObjectWrapper<>();
    private Runnable unlockRequest = () -> { };
    private final Supplier<String> user;
    private WorkflowRepository workflow;
    private StorySaver saver;
    private Runnable afterChange = () -> { };

    /** @param user who this editor is (read at each move, so a changed preference counts at once) */
    public WorkflowViewModel(BackgroundTasks tasks, Messages messages, Supplier<String> user) {
        this.tasks = tasks;
        this.messages = messages;
        this.user = user;
    }

    public void setAfterChange(Runnable afterChange) {
        this.afterChange = afterChange;
    }

    public void open(Story story, StorySaver storySaver, WorkflowRepository repository) {
        this.saver = storySaver;
        this.workflow = repository;
        status.set(story.status());
        outcome.set("");
        history.clear();
        report.set(null);
        signOff.set(null);
        tasks.run(() -> repository.statusHistory(story.id()), history::setAll, this::failed);
        reloadSignOff();
    }

    /**
     * The open story's status may have changed outside this window's commands (a scheduled
     * publish was released): reads its history again and shows the status it ends with.
     */
    public void reloadStatus() {
        StorySaver s = saver;
        WorkflowRepository repository = workflow;
        if (s == null || repository == null) {
            return;
        }
        tasks.run(() -> repository.statusHistory(s.storyId()), changes -> {
            if (s == saver && !changes.isEmpty()) {
                history.setAll(changes);
                status.set(changes.get(changes.size() - 1).to());
            }
        }, this::failed);
        reloadSignOff();
    }

    private void reloadSignOff() {
        StorySaver s = saver;
        WorkflowRepository repository = workflow;
        if (s == null || repository == null) {
            return;
        }
        tasks.run(() -> repository.signOff().state(s.storyId()), state -> {
            if (s == saver) {
                signOff.set(state);
            }
        }, this::failed);
    }

    /**
     * The editor chose to edit locked copy: after pending edits, its signatures are cleared and it
     * goes back to Ready (a Published story becomes a correction with {@code correctionNote}).
     * {@code done} runs on the FX thread once the store has it.
     */
    public void sendBack(String correctionNote, Runnable done) {
        StorySaver s = saver;
        if (s == null) {
            return;
        }
        tasks.whenDone(s.sendBack(user.get(), correctionNote), state -> {
            if (s != saver) {
                return;
            }
            signOff.set(state);
            status.set(state.status());
            outcome.set(messages.get("lock.sentBack"));
            tasks.run(() -> workflow.statusHistory(s.storyId()), history::setAll, this::failed);
            afterChange.run();
            done.run();
        }, this::failed);
    }

    /** Keeps the note of the open story's pending correction (off the FX thread). */
    public void saveCorrectionNote(String note) {
        StorySaver s = saver;
        WorkflowRepository repository = workflow;
        if (s == null || repository == null) {
            return;
        }
        tasks.run(() -> {
            repository.signOff().setCorrectionNote(s.storyId(), note);
            return repository.signOff().state(s.storyId());
        }, state -> {
            if (s == saver) {
                signOff.set(state);
                outcome.set(messages.get("signoff.correctionSaved"));
            }
        }, this::failed);
    }

    /** Whether typing into the open story must ask first (Approved, Published, or a level signed). */
    public boolean locked() {
        Status now = status.get();
        SignOffState state = signOff.get();
        return now == Status.APPROVED || now == Status.PUBLISHED
                || (now == Status.READY && state != null && !state.signatures().isEmpty());
    }

    /** Who asks the editor before locked copy is edited (the window sets it). */
    public void setUnlockRequest(Runnable request) {
        unlockRequest = request;
    }

    /** "Edit and send back…" in the sign-off section. */
    public void requestUnlock() {
        unlockRequest.run();
    }

    public ReadOnlyObjectProperty<SignOffState> signOffProperty() {
        return signOff.getReadOnlyProperty();
    }

    public void close() {
        saver = null;
        signOff.set(null);
        status.set(null);
        history.clear();
        report.set(null);
        outcome.set("");
    }

    /** Runs every check on the story as the editor sees it now (off the FX thread). */
    public void check(Supplier<Story> current) {
        Story story = current.get();
        WorkflowRepository repository = workflow;
        if (story == null || repository == null) {
            return;
        }
        Status target = readinessTarget(status.get());
        tasks.run(() -> repository.readinessCheck().check(story, target, Instant.now()), report::set, this::failed);
    }

    /** The status a check is made for: the next one that needs readiness (publishing checks the embargo). */
    private static Status readinessTarget(Status now) {
        return now == Status.APPROVED || now == Status.PUBLISHED ? Status.PUBLISHED
                : now == Status.READY ? Status.APPROVED : Status.READY;
    }

    /**
     * Moves the story to {@code to}; {@code flush} writes pending edits first. A refused move
     * shows its failures in the readiness list.
     */
    public void moveTo(Status to, Runnable flush, Consumer<Status> changed) {
        StorySaver s = saver;
        Status from = status.get();
        if (s == null || from == null || from == to) {
            return;
        }
        if (!StatusTransitions.allowed(from, to)) {
            outcome.set(messages.get("workflow.notAllowed", label(from), label(to)));
            return;
        }
        flush.run();
        outcome.set(messages.get("workflow.moving", label(to)));
        tasks.whenDone(s.changeStatus(to, user.get()), moved -> {
            if (s != saver) {
                return;
            }
            status.set(moved);
            outcome.set(messages.get("workflow.moved", label(moved)));
            tasks.run(() -> workflow.statusHistory(s.storyId()), history::setAll, this::failed);
            if (to == Status.APPROVED || to == Status.DRAFT || to == Status.READY) {
                signedOutcome(s, moved);
            }
            changed.accept(moved);
            afterChange.run();
        }, e -> {
            if (s == saver) {
                refused(from, to, e);
            }
        });
    }

    private void refused(Status from, Status to, Throwable error) {
        Throwable e = error;
        while (e.getCause() != null && !(e instanceof StatusChangeRefused)) {
            e = e.getCause();
        }
        Throwable signOffCause = error;
        while (signOffCause != null && !(signOffCause instanceof SignOffRefused)) {
            signOffCause = signOffCause.getCause();
        }
        if (signOffCause instanceof SignOffRefused signOffRefusal) {
            outcome.set(signOffRefusal.describe(messages::get));
            return;
        }
        if (!(e instanceof StatusChangeRefused refusal)) {
            failed(error);
            return;
        }
        if (refusal.notAllowed()) {
            outcome.set(messages.get("workflow.notAllowed", label(from), label(to)));
            return;
        }
        outcome.set(messages.get("workflow.refused", label(to), refusal.failures().size()));
        List<ReadinessCheck.Kind> kinds = List.of(ReadinessCheck.Kind.values()).stream()
                .filter(k -> k != ReadinessCheck.Kind.EMBARGO || to == Status.PUBLISHED)
                .filter(k -> k != ReadinessCheck.Kind.NEWSROOM_CONFLICTS
                        || refusal.failures().stream().anyMatch(f -> f.kind() == k)).toList();
        report.set(new ReadinessReport(kinds, refusal.failures()));
    }

    /** After a signature: the new sign-off state, and which level was signed by whom. */
    private void signedOutcome(StorySaver s, Status moved) {
        WorkflowRepository repository = workflow;
        tasks.run(() -> repository.signOff().state(s.storyId()), state -> {
            if (s != saver) {
                return;
            }
            signOff.set(state);
            if (moved != Status.DRAFT && !state.signatures().isEmpty()) {
                var last = state.signatures().get(state.signatures().size() - 1);
                outcome.set(messages.get("signoff.moved", messages.get(state.chain().levelKey(last.level())),
                        last.signedBy(), last.level(), state.chain().levels()));
            }
        }, this::failed);
    }

    private void failed(Throwable e) {
        outcome.set(messages.get("notice.error", String.valueOf(e.getMessage())));
    }

    public String label(Status s) {
        return messages.get("status." + s.name().toLowerCase(Locale.ROOT));
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status;
    }

    public ObservableList<StatusChange> history() {
        return history;
    }

    public ReadOnlyObjectProperty<ReadinessReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** What the last status change did (or why it did not happen). */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
