package org.newsdesk.ui.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdesk.i18n.Messages;

/** Why a story's recording cannot be played; the transcript stays usable whatever it is. */
final class MediaProblem extends Exception {

    enum Kind { MISSING, NOT_A_FILE, UNREADABLE, UNSUPPORTED, CORRUPT, NO_PLAYER }

    private final Kind kind;

    MediaProblem(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** Sorts what JavaFX Media reports into the problems an editor can act on. */
    static MediaProblem of(javafx.scene.media.MediaException e) {
        Kind kind = switch (e.getType()) {
            case MEDIA_UNSUPPORTED, MEDIA_UNSPECIFIED -> Kind.UNSUPPORTED;
            case MEDIA_CORRUPTED, PLAYBACK_HALTED -> Kind.CORRUPT;
            case MEDIA_INACCESSIBLE -> Kind.UNREADABLE;
            default -> Kind.NO_PLAYER;
        };
        return new MediaProblem(kind, e.getMessage(), e);
    }

    /** Throws the problem that keeps the file at {@code path} from being played, if any. */
    static void check(Path path) throws MediaProblem, IOException {
        if (!Files.exists(path)) {
            throw new MediaProblem(MediaProblem.Kind.MISSING, path.toString(), null);
        }
        if (!Files.isRegularFile(path)) {
            throw new MediaProblem(MediaProblem.Kind.NOT_A_FILE, path.toString(), null);
        }
        if (!Files.isReadable(path)) {
            throw new MediaProblem(MediaProblem.Kind.UNREADABLE, path.toString(), null);
        }
    }

    /** What went wrong with the recording {@code name} at {@code path}, in the editor's words. */
    static String describe(Messages messages, Throwable e, String path, String name) {
        Throwable problem = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        if (problem instanceof MediaProblem p) {
            return switch (p.kind()) {
                case MISSING -> messages.get("media.problem.missing", name, path);
                case NOT_A_FILE -> messages.get("media.problem.notFile", path);
                case UNREADABLE -> messages.get("media.problem.unreadable", name);
                case UNSUPPORTED -> messages.get("media.problem.unsupported", name);
                case CORRUPT -> messages.get("media.problem.corrupt", name);
                case NO_PLAYER -> messages.get("media.problem.noPlayer", name, String.valueOf(p.getMessage()));
            };
        }
        return messages.get("media.problem.unreadable", name);
    }
}
