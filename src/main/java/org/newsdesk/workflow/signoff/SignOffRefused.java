package org.newsdesk.workflow.signoff;

import java.util.List;
import org.newsdesk.workflow.metadata.Problem;

/**
 * A signature the review chain does not accept, with the reason as a bundle key
 * ({@code signoff.refused.*}) so each screen and the command line say it in the user's language.
 */
public class SignOffRefused extends RuntimeException implements Problem {

    /** Why a signature (or a publish of a correction) was refused. */
    public enum Reason {
        /** No editor name: a signature must say who signed. */
        NO_EDITOR,
        /** Four-eyes: the editor made the last change to the story and may not approve it. */
        LAST_CHANGE_AUTHOR,
        /** This editor signed an earlier level already; each level needs a different editor. */
        SIGNED_ALREADY,
        /** The story is not in Ready (it must be submitted before it is signed). */
        NOT_READY,
        /** A correction is published with a note saying what was corrected. */
        CORRECTION_NOTE_MISSING
    }

    private final Reason reason;
    private final transient List<Object> args;

    public SignOffRefused(Reason reason, Object... args) {
        super("Sign-off refused: " + reason);
        this.reason = reason;
        this.args = List.of(args);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return "signoff.refused." + reason.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public List<Object> args() {
        return args;
    }
}
