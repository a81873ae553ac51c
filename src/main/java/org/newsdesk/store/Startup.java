package org.newsdesk.store;

import java.util.Optional;
import org.newsdesk.model.Story;

/** What the window opens with from a store: the last story, if it is still in the library, and its caret. */
public record Startup(Optional<Story> story, int caret) {

    /** The app-state keys of the story open at the last close and of its caret. */
    public static final String LAST_STORY = "ui.lastStory";
    public static final String LAST_CARET = "ui.lastCaret";

    /**
     * Writes what the typing and metadata journals kept from the last run into the store (a
     * failure leaves it in them), then reads what the window opens with. Before the window's
     * writer exists: call it off the FX thread.
     */
    public static Startup replayThenRead(Store store) {
        try (TypingJournal typing = new TypingJournal(store.folder());
             TypingJournal metadata = TypingJournal.forMetadata(store.folder())) {
            replay(store, typing, metadata);
        }
        return read(store);
    }

    /** Writes what the journals kept into the store; what cannot be written yet stays in them. */
    public static void replay(Store store, TypingJournal journal, TypingJournal metadataJournal) {
        try {
            JournalReplay.replayAll(store, journal, java.util.Set.of());
        } catch (java.io.IOException | StoreException e) {
            org.slf4j.LoggerFactory.getLogger(Startup.class).warn("the typing journal cannot be replayed yet", e);
        }
        try {
            JournalReplay.replayAllMetadata(store, metadataJournal);
        } catch (java.io.IOException | StoreException e) {
            org.slf4j.LoggerFactory.getLogger(Startup.class).warn("the metadata journal cannot be replayed yet", e);
        }
    }

    /** Reads it (store reads only: call it off the FX thread). */
    public static Startup read(Store store) {
        Optional<Story> last = store.appState().get(LAST_STORY).flatMap(id -> store.stories().resolveId(id))
                .filter(id -> store.stories().inLibrary(id)).flatMap(id -> store.stories().find(id));
        int caret = store.appState().get(LAST_CARET).map(Integer::parseInt).orElse(0);
        return new Startup(last, caret);
    }
}
