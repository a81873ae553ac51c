package org.newsdesk.ui.main;

import java.util.Optional;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;

/** What the window opens with from a store: the last story, if it is still in the library, and its caret. */
public record Startup(Optional<Story> story, int caret) {

    /** The app-state keys of the story open at the last close and of its caret. */
    static final String LAST_STORY = "ui.lastStory";
    static final String LAST_CARET = "ui.lastCaret";

    /** Reads it (store reads only: call it off the FX thread). */
    public static Startup read(Store store) {
        Optional<Story> last = store.appState().get(LAST_STORY).flatMap(id -> store.stories().resolveId(id))
                .filter(id -> store.stories().inLibrary(id)).flatMap(id -> store.stories().find(id));
        int caret = store.appState().get(LAST_CARET).map(Integer::parseInt).orElse(0);
        return new Startup(last, caret);
    }

    /**
     * As {@link #read}, at the start of the window launched for real: on the first start of an
     * empty library the sample interview is added ({@link FirstRun}) and opened. Off the FX thread.
     */
    public static Startup launched(Store store) {
        return FirstRun.sampleOnFirstStart(store).map(sample -> new Startup(Optional.of(sample), 0))
                .orElseGet(() -> read(store));
    }
}
