package org.newsdesk.ui.main;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.newsdesk.store.Store;

/**
 * Whether the "first steps" card shows: while the store's app state says so ({@link FirstRun}
 * sets it on the first start of a new library), read in the background from the open store;
 * closing it is remembered on the writer thread, so it never shows again.
 */
final class FirstSteps {

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final MainViewModel main;
    private final MainSession session;

    FirstSteps(MainViewModel main, MainSession session) {
        this.main = main;
        this.session = session;
        main.readyProperty().addListener((obs, was, ready) -> {
            if (ready) {
                read();
            }
        });
        if (main.readyProperty().get()) {
            read();
        }
    }

    private void read() {
        Store s = session.store();
        if (s != null) {
            main.tasks().run(() -> s.appState().get(FirstRun.FIRST_STEPS).map("true"::equals).orElse(false),
                    shown -> open.set(shown && session.store() == s), main::report);
        }
    }

    ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Hides the card for good. */
    void close() {
        open.set(false);
        session.remember(FirstRun.FIRST_STEPS, "false");
    }
}
