package org.newsdesk.store;

import java.nio.file.Path;

/**
 * A problem with the local store that a user can meet. {@link #problem()} says which,
 * so the UI and CLI can explain it in the user's language; {@link #path()} names the
 * file or folder concerned.
 */
public class StoreException extends RuntimeException {

    /** What went wrong, from the user's point of view. */
    public enum Problem {
        /** The data folder cannot be created, read or written. */
        FOLDER_NOT_WRITABLE,
        /** The disk that holds the data folder is full (or nearly). */
        DISK_FULL,
        /** Another Newsdesk has the data folder open. */
        LOCKED,
        /** The database was written by a newer Newsdesk. */
        TOO_NEW,
        /** The database file is damaged. */
        CORRUPT,
        /** The story was changed by someone else since it was read. */
        STALE,
        /** No such story. */
        NOT_FOUND,
        /** A value the store refuses (constraint). */
        INVALID,
        /**
         * Writing to the database file failed (an I/O error) and H2 closed it; it is opened
         * again on the next use.
         */
        WRITE_FAILED,
        /**
         * The data folder or the database file cannot be written (a read-only disk or mount):
         * the store opened for reading only, and refuses every write.
         */
        READ_ONLY,
        /** Anything else: disk full, I/O error. */
        FAILED
    }

    private final Problem problem;
    private final transient Path path;

    public StoreException(Problem problem, Path path, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.path = path;
    }

    public StoreException(Problem problem, String message) {
        this(problem, null, message, null);
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }
}
