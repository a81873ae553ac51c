package org.newsdesk.ui.main;

import java.util.UUID;
import java.util.function.Consumer;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.ui.editor.EditorViewModel;

/**
 * Closing the window (or rebuilding it): first making sure the typing is in the store, asking
 * the editor when it is not, then closing the store with where the editor was. The waiting (for
 * the writer, for the delivery worker's threads) and the closing run off the FX thread.
 */
final class ClosingDown {

    /** How long closing waits for the writer before asking the editor. */
    static final long CLOSE_WAIT_MILLIS = 10_000;

    private final MainViewModel main;
    private final MainSession session;
    private final StoryOpening opening;
    private final Messages messages;

    ClosingDown(MainViewModel main, MainSession session, StoryOpening opening, Messages messages) {
        this.main = main;
        this.session = session;
        this.opening = opening;
        this.messages = messages;
    }

    /**
     * Writes what is pending, showing that it does, and waits for the writer at most
     * {@link #CLOSE_WAIT_MILLIS}. Then {@code ready} runs, or {@code unsaved} with why, when
     * typing is not in the store (a failed save, a writer that has not finished): nothing
     * queued is dropped meanwhile.
     */
    void prepareToClose(Runnable ready, Consumer<String> unsaved) {
        if (session.closed()) {
            ready.run();
            return;
        }
        EditorViewModel editor = main.editor();
        SaveStatus saveStatus = main.saveStatus();
        main.flush();
        editor.retryUnsaved();
        main.metadata().retryUnsaved();
        main.tell(messages.get("notice.savingBeforeClose"));
        session.waitForWrites(CLOSE_WAIT_MILLIS, done -> {
            main.tell("");
            if (!done || editor.hasUnsaved() || main.metadata().hasUnsaved() || saveStatus.hasFailures()) {
                unsaved.accept(saveStatus.stateProperty().get() == SaveStatus.State.FAILED
                        ? saveStatus.textProperty().get() : messages.get("close.unsaved.stillSaving"));
            } else {
                ready.run();
            }
        }, e -> unsaved.accept(String.valueOf(e.getMessage())));
    }

    /** Writes everything pending, remembers where the editor was, and closes the store. */
    void shutdown(Runnable whenClosed) {
        if (session.closed()) {
            whenClosed.run();
            return;
        }
        main.flush();
        main.media().close();
        // the delivery worker's threads may take seconds to stop: wait for them in the background,
        // the status bar saying what happens, and only then close the store they write to (the
        // notice stays while the writer finishes what is queued)
        main.tell(messages.get("notice.savingBeforeClose"));
        Runnable closeStore = () -> {
            UUID last = opening.storyToRemember();
            int caret = last != null && last.equals(opening.openStory()) ? main.editor().caretProperty().get() : 0;
            session.close(last, caret, main.library()::close, whenClosed);
        };
        Runnable stopDeliveries = main.sync().shutDown();
        main.tasks().run(() -> {
            stopDeliveries.run();
            return null;
        }, x -> closeStore.run(), e -> closeStore.run());
    }
}
