package org.newsdesk.ui.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
}
