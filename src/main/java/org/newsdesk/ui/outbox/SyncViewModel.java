package org.newsdesk.ui.outbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.newsdesk.export.ExportErrorText;
import org.newsdesk.export.ExportException;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.store.OutboxCounts;
import org.newsdesk.store.Store;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.CredentialStore;
import org.newsdesk.sync.DeliveryEvent;
import org.newsdesk.sync.DeliveryOutcome;
import org.newsdesk.sync.DeliveryWorker;
import org.newsdesk.sync.Outbox;
import org.newsdesk.sync.OutboxFiles;
import org.newsdesk.sync.SyncErrorText;
import org.newsdesk.sync.SyncException;
import org.newsdesk.sync.TargetFactory;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.sync.Targets;
import org.newsdesk.ui.common.BackgroundTasks;

/**
 * Publishing in the window: the outbox and its entries, the targets, and the delivery worker
 * running in the background. Every store and network call runs off the FX thread; the worker's
 * news is gathered and shown on the FX thread at most once per pulse.
 */
public final class SyncViewModel {

    /** Something the editor should hear about without looking (a notification). */
    public record Notice(String title, String text, boolean needsEditor) {
    }

    private static final int WORKER_THREADS = 4;

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObservableList<OutboxEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TargetSettings> targets = FXCollections.observableArrayList();
    private final ObservableMap<UUID, DeliveryState> storyStates = FXCollections.observableHashMap();
    private final IntegerProperty waiting = new SimpleIntegerProperty();
    private final IntegerProperty needsEditor = new SimpleIntegerProperty();
    private final BooleanProperty online = new SimpleBooleanProperty(true);
    private final StringProperty lastError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    /** Targets whose last attempt could not get through; online means none. */
    private final java.util.Set<String> unreachable = new java.util.HashSet<>();
    private Consumer<Notice> notices = n -> { };
    private Store store;
    private Outbox outbox;
    private Targets targetList;
    private DeliveryWorker worker;
    private CredentialStore credentials;

    public SyncViewModel(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Starts publishing on an opened store: the worker resumes what a previous run left. */
    public void attach(Store opened, CredentialStore credentials) {
        this.store = opened;
        this.credentials = credentials;
        Path folder = opened.folder();
        OutboxFiles files = new OutboxFiles(folder);
        targetList = new Targets(opened.targets(), credentials, new TargetFactory(credentials, messages));
        outbox = new Outbox(opened, StoryExporter.forDataFolder(folder), files);
        worker = new DeliveryWorker(opened.outbox(), files, targetList, Backoff.standard(), Clock.systemUTC(),
                WORKER_THREADS);
        outbox.onQueued(worker::wake);
        worker.addListener(this::delivered);
        tasks.run(() -> {
            worker.start();
            return null;
        }, done -> refresh(), this::report);
    }

    /** Where notifications go (the view shows them). */
    public void onNotice(Consumer<Notice> listener) {
        notices = listener;
    }

    public boolean attached() {
        return store != null;
    }

    /** Exports the story and queues it for the chosen targets (all when empty). */
    public void publish(UUID storyId, List<String> targetNames, Runnable done) {
        if (outbox == null) {
            return;
        }
        String by = System.getProperty("user.name", "");
        tasks.run(() -> outbox.publish(storyId, targetNames, by), published -> {
            message.set(messages.get("sync.publish.queued", published.revision(),
                    String.join(", ", published.entries().stream().map(OutboxEntry::target).toList())));
            refresh();
            done.run();
        }, this::report);
    }

    public void retryNow(OutboxEntry entry) {
        tasks.run(() -> outbox.retryNow(entry.id()), e -> refresh(), this::report);
    }

    public void cancel(OutboxEntry entry) {
        tasks.run(() -> outbox.cancel(entry.id()), e -> refresh(), this::report);
    }

    public void addTarget(TargetSettings settings, char[] secret, Runnable done) {
        tasks.run(() -> {
            targetList.add(settings, secret);
            return null;
        }, x -> {
            refresh();
            done.run();
        }, this::report);
    }

    public void removeTarget(TargetSettings settings) {
        tasks.run(() -> {
            targetList.remove(settings.name());
            return null;
        }, x -> refresh(), this::report);
    }

    /** Reads the outbox, the counts, the targets and each story's state again, in the background. */
    public void refresh() {
        if (store == null) {
            return;
        }
        Store s = store;
        Targets t = targetList;
        tasks.run(() -> new Snapshot(s.outbox().list(), s.outbox().counts(), t.list(), s.outbox().storyStates()),
                this::show, this::report);
    }

    private record Snapshot(List<OutboxEntry> entries, OutboxCounts counts, List<TargetSettings> targets,
                            Map<UUID, DeliveryState> states) {
    }

    private void show(Snapshot snapshot) {
        entries.setAll(snapshot.entries());
        targets.setAll(snapshot.targets());
        storyStates.keySet().retainAll(snapshot.states().keySet());
        storyStates.putAll(snapshot.states());
        waiting.set(snapshot.counts().waiting());
        needsEditor.set(snapshot.counts().rejected());
    }

    /** On a worker thread: note what happened and refresh once the FX thread is free. */
    private void delivered(DeliveryEvent event) {
        OutboxEntry e = event.entry();
        DeliveryOutcome outcome = event.outcome();
        Platform.runLater(() -> {
            if (outcome instanceof DeliveryOutcome.Retry r) {
                unreachable.add(e.target());
                online.set(false);
                lastError.set(r.error());
                return;
            }
            unreachable.remove(e.target());
            online.set(unreachable.isEmpty());
            if (outcome instanceof DeliveryOutcome.Rejected r) {
                lastError.set(r.message());
                notices.accept(new Notice(messages.get("sync.notify.needsEditor"), messages.get(
                        "sync.notify.needsEditorText", e.headline(), e.target(), rejectionText(e, r.message())), true));
            } else {
                notices.accept(new Notice(messages.get("sync.notify.delivered"),
                        messages.get("sync.notify.deliveredText", e.headline(), e.target()), false));
            }
        });
        if (refreshQueued.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    /** What a refusal means for the editor, with the target's own words. */
    public String rejectionText(OutboxEntry e, String detail) {
        String meaning = e.rejection() == null ? "" : messages.get("sync.rejection." + e.rejection().name().toLowerCase(
                java.util.Locale.ROOT));
        return detail == null || detail.isEmpty() ? meaning : meaning + " (" + detail + ")";
    }

    private void report(Throwable error) {
        String text;
        if (error instanceof SyncException se) {
            text = SyncErrorText.describe(se, messages);
        } else if (error instanceof ExportException ee) {
            text = ExportErrorText.describe(ee, messages);
        } else {
            text = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        }
        message.set(messages.get("sync.publish.failed", text));
    }

    public ObservableList<OutboxEntry> entries() {
        return entries;
    }

    public ObservableList<TargetSettings> targets() {
        return targets;
    }

    /** Each story's delivery state, for the library. */
    public ObservableMap<UUID, DeliveryState> storyStates() {
        return storyStates;
    }

    public ReadOnlyIntegerProperty waitingProperty() {
        return waiting;
    }

    public ReadOnlyIntegerProperty needsEditorProperty() {
        return needsEditor;
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online;
    }

    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError;
    }

    /** The outcome of the editor's last publishing command (queued, or why not). */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Where targets' secrets are kept, once attached. */
    public CredentialStore credentials() {
        return credentials;
    }

    /**
     * Where secrets are kept, in words, for the targets dialog's secret field: the store's
     * {@link CredentialStore#kindKey()} (Secret Service, macOS Keychain, Windows Credential
     * Manager, encrypted file, none) in the editor's language.
     */
    public String credentialKind() {
        return credentials == null ? "" : messages.get(credentials.kindKey());
    }

    /** Stops the worker; an upload under way is resent on the next start. */
    public void close() {
        if (worker != null) {
            worker.close();
        }
    }
}
