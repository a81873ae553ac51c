package org.newsdesk.ui.common;

import java.util.concurrent.CompletionStage;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.StoreErrorText;
import org.newsdesk.store.StoreException;

/** What the status bar says about saving: saved, saving…, or save failed with why. */
public final class SaveStatus {

    public enum State { SAVED, SAVING, FAILED }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
    private final BackgroundTasks tasks;
    private final Messages messages;
    private int pending;

    public SaveStatus(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.messages = messages;
        text.set(messages.get("status.saved"));
    }

    /** Shows "saving…" until {@code write} (and every other write in flight) has finished. */
    public <T> void track(CompletionStage<T> write) {
        pending++;
        state.set(State.SAVING);
        text.set(messages.get("status.saving"));
        tasks.whenDone(write, result -> finished(null), this::finished);
    }

    private void finished(Throwable error) {
        pending--;
        if (error != null) {
            state.set(State.FAILED);
            String why = error instanceof StoreException se ? StoreErrorText.describe(se, messages)
                    : String.valueOf(error.getMessage());
            text.set(messages.get("status.failed", why));
        } else if (pending == 0) {
            // also after an earlier failure: a later write has brought the store up to date
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
