package org.newsdesk.ui.publishing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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
import org.newsdesk.credentials.CredentialStore;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.store.OutboxCounts;
import org.newsdesk.store.Store;
import org.newsdesk.sync.CaCertificateCheck;
import org.newsdesk.sync.DeliveryEvent;
import org.newsdesk.sync.DeliveryOutcome;
import org.newsdesk.sync.DeliveryProblem;
import org.newsdesk.sync.Publishing;
import org.newsdesk.sync.StoryDelivery;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.sync.Targets;
import org.newsdesk.ui.common.BackgroundTasks;
import org.newsdesk.ui.common.UiTimer;

/**
 * Publishing in the window: the outbox and its entries, the targets, and the delivery worker
 * running in the background. Every store and network call runs off the FX thread; the worker's
 * news is gathered and shown on the FX thread at most once per pulse.
 */
public final class SyncViewModel {

    /** Something the editor should hear about without looking (a notification). */
    public record Notice(String title, String text, boolean needsEditor) {
    }

    private final BackgroundTasks tasks;
    private final Messages messages;
    private final ObservableList<OutboxEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<TargetSettings> targets = FXCollections.observableArrayList();
    private final ObservableMap<UUID, DeliveryState> storyStates = FXCollections.observableHashMap();
    private final ObservableMap<UUID, StoryDelivery> storyDeliveries = FXCollections.observableHashMap();
    private final BooleanProperty targetsKnown = new SimpleBooleanProperty();
    private final IntegerProperty waiting = new SimpleIntegerProperty();
    private final IntegerProperty needsEditor = new SimpleIntegerProperty();
    private final BooleanProperty online = new SimpleBooleanProperty(true);
    private final StringProperty lastError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final java.util.Queue<DeliveryEvent> news = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final List<Notice> unheardDelivered = new java.util.ArrayList<>();
    private final List<Notice> unheardRejected = new java.util.ArrayList<>();
    /** Notifications wait this long for more news, so a burst of deliveries makes one of them. */
    private static final Duration NOTICE_PAUSE = Duration.ofMillis(700);
    private final UiTimer noticePause;
    /** A refresh is reading the store; another one asked for meanwhile runs once it is done (FX thread only). */
    private boolean refreshing;
    private boolean refreshAgain;
    /** Targets whose last attempt could not get through; online means none. */
    private final java.util.Set<String> unreachable = new java.util.HashSet<>();
    private Consumer<Notice> notices = n -> { };
    /** Set once publishing is built for the opened store (its secrets may take a moment to be found). */
    private Publishing publishing;
    private boolean shut;
    private Store store;
    private Targets targetList;
    private CredentialStore credentials;
    private final List<Runnable> afterRelease = new java.util.concurrent.CopyOnWriteArrayList<>();

    public SyncViewModel(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
        this.noticePause = tasks.timer(this::notifyEditor);
    }

    /** Starts publishing with the composition root's {@code built} publishing; the worker resumes what was left. */
    public void start(Publishing built) {
        startIfOpen(built);
    }

    /**
     * As {@link #start(Publishing)}, unless the window has shut publishing down meanwhile
     * ({@link #shutDown()}): then nothing starts and this answers false.
     */
    public boolean startIfOpen(Publishing built) {
        if (shut) {
            return false;
        }
        this.publishing = built;
        this.store = built.store();
        this.credentials = built.credentials();
        this.targetList = built.targets();
        built.worker().addListener(this::delivered);
        built.worker().onRelease(released -> tasks.post(() -> {
            refresh();
            afterRelease.forEach(Runnable::run);
        }));
        tasks.run(() -> {
            built.worker().start();
            return null;
        }, done -> refresh(), this::report);
        return true;
    }

    /** Runs {@code then} on the UI thread after the worker released scheduled publishes (their stories are Published). */
    public void onScheduledRelease(Runnable then) {
        afterRelease.add(then);
    }

    /** Where notifications go (the view shows them). */
    public void onNotice(Consumer<Notice> listener) {
        notices = listener;
    }

    public boolean attached() {
        return store != null;
    }

    /**
     * Exports the story and queues it for the chosen targets (all when empty), recorded as sent by
     * {@code by}, for publish time {@code at} ({@code null}: the story's own). {@code scheduled}:
     * that time or the embargo is still ahead, so the story is checked now and queued as
     * scheduled, its status left until the worker releases it.
     */
    public void publish(UUID storyId, List<String> targetNames, String by, ZonedDateTime at, boolean scheduled,
                        Runnable done) {
        if (publishing == null) {
            return;
        }
        Publishing p = publishing;
        tasks.run(() -> scheduled ? p.outbox().publishStory(storyId, targetNames, by, at)
                : p.outbox().publish(storyId, targetNames, by, at), published -> {
                    message.set(messages.get(scheduled ? "sync.publish.scheduled" : "sync.publish.queued",
                            published.revision(),
                            String.join(", ", published.entries().stream().map(OutboxEntry::target).toList())));
                    refresh();
                    done.run();
                }, this::report);
    }

    public void retryNow(OutboxEntry entry) {
        tasks.run(() -> publishing.outbox().retryNow(entry.id()), e -> refresh(), this::report);
    }

    public void cancel(OutboxEntry entry) {
        tasks.run(() -> publishing.outbox().cancel(entry.id()), e -> refresh(), this::report);
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

    /**
     * Checks a CA certificate file in the background; {@code result} gets what is wrong with it
     * (empty when it can be used) on the FX thread.
     */
    public void checkCaCertificate(Path file, Consumer<java.util.Optional<String>> result) {
        tasks.run(() -> CaCertificateCheck.problem(file, java.time.Instant.now(), messages), result,
                error -> result.accept(java.util.Optional.of(PublishFailureText.unexpected(error, messages))));
    }

    public void removeTarget(TargetSettings settings) {
        tasks.run(() -> {
            targetList.remove(settings.name());
            return null;
        }, x -> refresh(), this::report);
    }

    /**
     * Reads the outbox, the counts, the targets and each story's state again, in the background.
     * At most one read runs at a time: asked again meanwhile, one more read follows it, however
     * often it was asked (a thousand deliveries make a handful of reads, not a thousand).
     */
    public void refresh() {
        if (store == null) {
            return;
        }
        if (refreshing) {
            refreshAgain = true;
            return;
        }
        refreshing = true;
        Store s = store;
        Targets t = targetList;
        tasks.run(() -> {
            List<OutboxEntry> all = s.outbox().list();
            return new Snapshot(all, s.outbox().counts(), t.list(), s.outbox().storyStates(), StoryDelivery.of(all));
        }, snapshot -> {
            try {
                show(snapshot);
            } finally {
                refreshed();
            }
        }, error -> {
            report(error);
            refreshed();
        });
    }

    private void refreshed() {
        refreshing = false;
        if (refreshAgain) {
            refreshAgain = false;
            refresh();
        }
    }

    private record Snapshot(List<OutboxEntry> entries, OutboxCounts counts, List<TargetSettings> targets,
                            Map<UUID, DeliveryState> states, Map<UUID, StoryDelivery> deliveries) {
    }

    private void show(Snapshot snapshot) {
        entries.setAll(snapshot.entries());
        targets.setAll(snapshot.targets());
        targetsKnown.set(true);
        storyStates.keySet().retainAll(snapshot.states().keySet());
        storyStates.putAll(snapshot.states());
        storyDeliveries.keySet().retainAll(snapshot.deliveries().keySet());
        snapshot.deliveries().forEach((id, delivery) -> {
            if (!delivery.equals(storyDeliveries.get(id))) {
                storyDeliveries.put(id, delivery);
            }
        });
        waiting.set(snapshot.counts().waiting());
        needsEditor.set(snapshot.counts().rejected());
    }

    /**
     * On a worker thread: keeps the news and, once per pulse at most, hands it all to the FX
     * thread, which updates the indicator and refreshes (coalesced) from the store.
     */
    private void delivered(DeliveryEvent event) {
        news.add(event);
        if (refreshQueued.compareAndSet(false, true)) {
            tasks.post(this::takeNews);
        }
    }

    private void takeNews() {
        refreshQueued.set(false);
        for (DeliveryEvent event = news.poll(); event != null; event = news.poll()) {
            OutboxEntry e = event.entry();
            DeliveryOutcome outcome = event.outcome();
            if (outcome instanceof DeliveryOutcome.Retry r) {
                unreachable.add(e.target());
                online.set(false);
                lastError.set(r.error().describe(messages));
                continue;
            }
            unreachable.remove(e.target());
            online.set(unreachable.isEmpty());
            if (outcome instanceof DeliveryOutcome.Rejected r) {
                lastError.set(r.problem().describe(messages));
                unheardRejected.add(new Notice(messages.get("sync.notify.needsEditor"), messages.get(
                        "sync.notify.needsEditorText", e.headline(), e.target(), rejectionText(e, r.problem().stored())), true));
            } else {
                unheardDelivered.add(new Notice(messages.get("sync.notify.delivered"),
                        messages.get("sync.notify.deliveredText", e.headline(), e.target()), false));
            }
        }
        if (!unheardDelivered.isEmpty() || !unheardRejected.isEmpty()) {
            noticePause.start(NOTICE_PAUSE);
        }
        refresh();
    }

    /**
     * Tells the editor what was delivered or refused since the last notification: one notice
     * each, summing up when there were several (a thousand deliveries are not a thousand popups).
     */
    private void notifyEditor() {
        if (unheardRejected.size() == 1) {
            notices.accept(unheardRejected.get(0));
        } else if (unheardRejected.size() > 1) {
            notices.accept(new Notice(messages.get("sync.notify.needsEditor"),
                    messages.get("sync.notify.needsEditorMany", unheardRejected.size()), true));
        }
        if (unheardDelivered.size() == 1) {
            notices.accept(unheardDelivered.get(0));
        } else if (unheardDelivered.size() > 1) {
            notices.accept(new Notice(messages.get("sync.notify.delivered"),
                    messages.get("sync.notify.deliveredMany", unheardDelivered.size()), false));
        }
        unheardRejected.clear();
        unheardDelivered.clear();
    }

    /** What a refusal means for the editor, with the target's own words. */
    public String rejectionText(OutboxEntry e, String storedProblem) {
        String meaning = e.rejection() == null ? "" : messages.get("sync.rejection." + e.rejection().name().toLowerCase(
                java.util.Locale.ROOT));
        String detail = DeliveryProblem.describe(storedProblem, messages);
        return detail.isEmpty() ? meaning : meaning + " (" + detail + ")";
    }

    private void report(Throwable error) {
        message.set(messages.get("sync.publish.failed", PublishFailureText.describe(error, messages)));
    }

    public ObservableList<OutboxEntry> entries() {
        return entries;
    }

    public ObservableList<TargetSettings> targets() {
        return targets;
    }

    /** Each published story's delivery of its newest revision, for the library's badge. */
    public ObservableMap<UUID, StoryDelivery> storyDeliveries() {
        return storyDeliveries;
    }

    /** Whether the targets have been read from the store yet (before that, "no targets" would be a guess). */
    public ReadOnlyBooleanProperty targetsKnownProperty() {
        return targetsKnown;
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

    /**
     * Publishing ends (UI thread): nothing starts any more. The answer stops the worker and waits
     * for its threads when run: run it off the UI thread. An upload under way is resent on the
     * next start.
     */
    public Runnable shutDown() {
        shut = true;
        Publishing started = publishing;
        return started == null ? () -> { } : started::close;
    }
}
