package org.newsdesk.sync;

/** Publishing or target configuration the editor asked for that cannot be done, as a value the UI and CLI can word. */
public final class SyncException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** No delivery target is configured. */
        NO_TARGETS,
        /** No target has the given name. */
        UNKNOWN_TARGET,
        /** A target of that name exists already. */
        DUPLICATE_TARGET,
        /** The target's location is not a usable URL or folder. */
        BAD_LOCATION,
        /** The target's name is empty or has line breaks. */
        BAD_NAME,
        /** A secret was given but this Newsdesk has no credential store to keep it in. */
        NO_CREDENTIAL_STORE,
        /** The token has characters an HTTP header cannot carry (spaces, line breaks, non-ASCII). */
        BAD_TOKEN,
        /** A newsroom story's revision needs the newsroom server's number before it is published, and the server is out of reach. */
        NEWSROOM_UNREACHABLE
    }

    private final Problem problem;
    private final String subject;

    /** @param subject the target name or location concerned */
    public SyncException(Problem problem, String subject) {
        super(problem + ": " + Redaction.location(subject));
        this.problem = problem;
        this.subject = subject;
    }

    public Problem problem() {
        return problem;
    }

    public String subject() {
        return subject;
    }
}
