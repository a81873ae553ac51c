package org.newsdesk.store.server;

/** A typed failure talking to the newsroom server. */
public final class ServerException extends RuntimeException {

    /** What went wrong, for the message the user sees. */
    public enum Problem {
        /** The server could not be reached. */
        UNREACHABLE,
        /** The server refused the login or its password. */
        LOGIN,
        /** Someone pushed the story (or paragraph) since this workstation last pulled it. */
        STALE,
        /** The schema is missing or newer than this build knows. */
        SCHEMA,
        /** The server's roles forbid it to this account (a reporter approving, say). */
        REFUSED,
        /** Any other SQL failure. */
        FAILED
    }

    private final Problem problem;

    public ServerException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    /** Not connected to the server now (offline, or not joined). */
    public static ServerException notConnected() {
        return new ServerException(Problem.UNREACHABLE, "not connected", null);
    }
}
