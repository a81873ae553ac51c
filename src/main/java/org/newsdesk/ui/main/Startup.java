package org.newsdesk.ui.main;

import java.util.Optional;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TypingJournal;

/** What the window opens with from a store: the last story, if it is still in the library, and its caret. */
public record Startup(Optional<Story> story, int caret) {

    /** The app-state keys of the story open at the last close and of its caret. */
    static final String LAST_STORY = "ui.lastStory";
    static final String LAST_CARET = "ui.lastCaret";

    /**
     * Writes what the typing and metadata journals kept from the last run into the store (a
     * failure leaves it in them), then reads what the window opens with. Before the window's
     * writer exists: call it off the FX thread.
     */
    public static Startup replayThenRead(Store store) {
        try (TypingJournal typing = new TypingJournal(store.folder());
             TypingJournal metadata = TypingJournal.forMetadata(store.folder())) {
            UnsavedWork.replay(store, typing, metadata);
        }
        return read(store);
    }

    /** Reads it (store reads only: call it off the FX thread). */
    public static Startup read(Store store) {
        Optional<Story> last = store.appState().get(LAST_STORY).flatMap(id -> store.stories().resolveId(id))
                .filter(id -> store.stories().inLibrary(id)).flatMap(id -> store.stories().find(id));
        int caret = store.appState().get(LAST_CARET).map(Integer::parseInt).orElse(0);
        return new Startup(last, caret);
    }
}
