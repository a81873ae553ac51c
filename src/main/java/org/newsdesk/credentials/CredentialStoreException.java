package org.newsdesk.credentials;

import java.nio.file.Path;

/**
 * A credential store could not do what was asked. Its message never contains a secret;
 * {@link CredentialErrorText} turns the problem into the editor's language.
 */
public final class CredentialStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** The encrypted file has not been unlocked with the master password yet. */
        LOCKED,
        /** The master password does not open the encrypted file. */
        WRONG_PASSWORD,
        /** The encrypted file was changed or cut short outside Newsdesk. */
        DAMAGED,
        /** An empty master password was offered. */
        EMPTY_PASSWORD,
        /** A new encrypted file was asked for where one already exists. */
        ALREADY_EXISTS,
        /** The encrypted file could not be read or written. */
        FILE_ACCESS,
        /** The OS keyring did not answer or refused. */
        KEYRING
    }

    private final Problem problem;
    private final transient Path path;

    public CredentialStoreException(Problem problem, Path path, String message) {
        this(problem, path, message, null);
    }

    public CredentialStoreException(Problem problem, Path path, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.path = path;
    }

    /** Whether the problem may pass on its own (unlocked later, keyring back): a delivery retries then. */
    public boolean mayPass() {
        return problem == Problem.LOCKED || problem == Problem.KEYRING || problem == Problem.FILE_ACCESS;
    }

    public Problem problem() {
        return problem;
    }

    /** The encrypted file concerned, or {@code null} for the keyring. */
    public Path path() {
        return path;
    }
}
