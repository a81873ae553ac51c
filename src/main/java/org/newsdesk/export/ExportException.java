package org.newsdesk.export;

import java.nio.file.Path;

/** An export that could not be done, with what went wrong as a value the UI and CLI can word. */
public final class ExportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Problem {
        /** The story's slug could name a file outside the output folder, or a reserved name. */
        UNSAFE_SLUG,
        /** The output folder cannot be created or written. */
        FOLDER_NOT_WRITABLE,
        /** The disk (or quota) is full. */
        DISK_FULL,
        /** The bundle already exists and is not a Newsdesk bundle of this story, or is a file. */
        TARGET_EXISTS,
        /** A newsroom template could not be read or rendered. */
        TEMPLATE_BROKEN
    }

    private final Problem problem;
    private final transient Path path;

    public ExportException(Problem problem, Path path, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.path = path;
    }

    public ExportException(Problem problem, Path path, String message) {
        this(problem, path, message, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The file or folder concerned, or {@code null}. */
    public Path path() {
        return path;
    }
}
