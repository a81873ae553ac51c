package org.newsdesk.ui.media;

import java.util.concurrent.CompletionException;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.StoreErrorText;
import org.newsdesk.store.StoreException;

/**
 * Why a recording does not play, in plain words in the user's language and with what to do:
 * never the text of a Java exception (JavaFX's "Could not create player!", a path's
 * "NoSuchFileException", a database's SQL state), which says nothing to an editor.
 */
final class MediaProblemText {

    private MediaProblemText() {
    }

    /** The problem with the recording {@code name} at {@code path}. */
    static String describe(Throwable error, String path, String name, Messages messages) {
        Throwable problem = unwrap(error);
        if (problem instanceof MediaProblem p) {
            return switch (p.kind()) {
                case MISSING -> messages.get("media.problem.missing", name, path);
                case NOT_A_FILE -> messages.get("media.problem.notFile", path);
                case UNREADABLE -> messages.get("media.problem.unreadable", name);
                case UNSUPPORTED -> messages.get("media.problem.unsupported", name);
                case CORRUPT -> messages.get("media.problem.corrupt", name);
                case NO_PLAYER -> messages.get("media.problem.noPlayer", name);
            };
        }
        if (problem instanceof StoreException se) {
            return link(se, messages);
        }
        return messages.get("media.problem.unreadable", name);
    }

    /** The story's link to its recording could not be read from, or written to, the data folder. */
    static String link(Throwable error, Messages messages) {
        Throwable problem = unwrap(error);
        if (problem instanceof StoreException se && se.problem() != StoreException.Problem.FAILED) {
            return messages.get("media.problem.store", StoreErrorText.describe(se, messages));
        }
        return messages.get("media.problem.linkFailed");
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
