package org.newsdesk.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.StoreErrorText;
import org.newsdesk.store.StoreException;

/**
 * What the status bar says about saving: saved, saving…, or save failed with why. It keeps
 * one state per document and kind of write (a story's transcript, its metadata, other writes):
 * a failed transcript save stays failed until a transcript save of that story asked for later
 * succeeds, whatever else is written meanwhile. Used on the FX thread only.
 */
public final class SaveStatus {

    public enum State { SAVED, SAVING, FAILED }

    /** What a write was about. */
    public enum Kind { TRANSCRIPT, METADATA, ROSTER, OTHER }

    private record Key(Object document, Kind kind) {
    }

    private static final class Entry {
        int pending;
        Throwable failure;
        long failedAt;
        long lastFailure;
    }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Map<Key, Entry> entries = new LinkedHashMap<>();
    private Function<Throwable, String> describe;
    private long sequence;

    public SaveStatus(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
        this.describe = error -> error instanceof StoreException se ? StoreErrorText.describe(se, messages)
                : messages.get("store.error.failed", String.valueOf(error.getMessage()));
        text.set(messages.get("status.saved"));
    }

    /** Failures then say in plain words that the typing is kept in {@code journalFolder} meanwhile. */
    public void keptIn(java.nio.file.Path journalFolder) {
        this.describe = error -> StoreErrorText.describeSave(error, journalFolder, messages);
        update();
    }

    /** A write that is about no document in particular (trash, import, a revision). */
    public <T> void track(CompletionStage<T> write) {
        track(null, Kind.OTHER, write);
    }

    /** Shows "saving…" until {@code write} (and every other write in flight) has finished. */
    public <T> void track(Object document, Kind kind, CompletionStage<T> write) {
        Key key = new Key(document, kind);
        Entry entry = entries.computeIfAbsent(key, k -> new Entry());
        long asked = ++sequence;
        entry.pending++;
        update();
        tasks.whenDone(write, result -> finished(key, asked, null), error -> finished(key, asked, error));
    }

    /** A failure not from a tracked write (the store could not be written when the window opened). */
    public void failed(Object document, Kind kind, Throwable error) {
        Entry entry = entries.computeIfAbsent(new Key(document, kind), k -> new Entry());
        entry.failure = error;
        entry.failedAt = ++sequence;
        entry.lastFailure = entry.failedAt;
        update();
    }

    /** What was failing for {@code document} has been saved some other way (its journal replayed). */
    public void cleared(Object document, Kind kind) {
        Entry entry = entries.get(new Key(document, kind));
        if (entry != null) {
            entry.failure = null;
            tidy(new Key(document, kind), entry);
            update();
        }
    }

    /** True while some write failed and has not been made good since. */
    public boolean hasFailures() {
        return entries.values().stream().anyMatch(e -> e.failure != null);
    }

    /** True while a write is in flight. */
    public boolean hasPending() {
        return entries.values().stream().anyMatch(e -> e.pending > 0);
    }

    private void finished(Key key, long asked, Throwable error) {
        Entry entry = entries.computeIfAbsent(key, k -> new Entry());
        entry.pending--;
        if (error != null) {
            if (asked >= entry.failedAt) {
                entry.failure = error;
                entry.failedAt = asked;
            }
            entry.lastFailure = ++sequence;
        } else if (asked > entry.failedAt) {
            // a write of the same document and kind asked for after the failure has brought it up to date
            entry.failure = null;
        }
        tidy(key, entry);
        update();
    }

    private void tidy(Key key, Entry entry) {
        if (entry.pending <= 0 && entry.failure == null) {
            entries.remove(key);
        }
    }

    private void update() {
        Entry failed = null;
        boolean saving = false;
        for (Entry e : entries.values()) {
            if (e.failure != null && (failed == null || e.lastFailure > failed.lastFailure)) {
                failed = e;
            }
            saving |= e.pending > 0;
        }
        if (failed != null) {
            state.set(State.FAILED);
            text.set(messages.get("status.failed", describe.apply(failed.failure)));
        } else if (saving) {
            state.set(State.SAVING);
            text.set(messages.get("status.saving"));
        } else {
            state.set(State.SAVED);
            text.set(messages.get("status.saved"));
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
