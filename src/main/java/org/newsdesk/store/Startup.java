package org.newsdesk.store;

import java.util.Optional;
import org.newsdesk.model.Story;

/** What the window opens with from a store: the last story, if it is still in the library, and its caret. */
public record Startup(Optional<Story> story, int caret) {

    /** The app-state keys of the story open at the last close and of its caret. */
    public static final String LAST_STORY = "ui.lastStory";
    public static final String LAST_CARET = "ui.lastCaret";

    /** Reads it (store reads only: call it off the FX thread). */
    public static Startup read(Store store) {
        Optional<Story> last = store.appState().get(LAST_STORY).flatMap(id -> store.stories().resolveId(id))
                .filter(id -> store.stories().inLibrary(id)).flatMap(id -> store.stories().find(id));
        int caret = store.appState().get(LAST_CARET).map(Integer::parseInt).orElse(0);
        return new Startup(last, caret);
    }
}
