package org.newsdesk.importer;

import java.nio.file.Path;

/**
 * Why a file cannot be imported. The only exception an importer lets out: everything
 * a bad file can cause (I/O, malformed zip or XML, undecodable bytes, parser failures)
 * becomes one of these, naming the file and the problem, so callers show one clear
 * message ({@link ImportErrorText}) and nothing is half-imported.
 */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** The file is missing or cannot be read. */
        NOT_READABLE,
        /** No bytes, or nothing but white space. */
        EMPTY,
        /** Larger than the documented limit ({@link ImportLimits}). */
        TOO_LARGE,
        /** Not text: an image, an archive, a program. */
        BINARY,
        /** None of the encodings Newsdesk knows decodes the bytes cleanly. */
        UNDETECTABLE_ENCODING,
        /** The encoding the editor chose does not decode the bytes cleanly. */
        WRONG_ENCODING,
        /** The encoding name is unknown to Java. */
        UNKNOWN_ENCODING,
        /** A .docx that is truncated, damaged or not a Word document. */
        DAMAGED_DOCX,
        /** A .docx whose content inflates beyond the limits: a zip bomb. */
        COMPRESSION_BOMB,
        /** A file format Newsdesk does not import (e.g. the old binary .doc). */
        UNSUPPORTED_FORMAT,
        /** The file has text but no paragraph came out of it. */
        NO_CONTENT,
        /** The editor cancelled the import. */
        CANCELLED,
        /** Something unforeseen went wrong reading the file (the log has the details). */
        FAILED,
        /** A web address that is not an http or https address. */
        BAD_ADDRESS,
        /** The server has no page at the address (404, 410). */
        NOT_FOUND,
        /** The server answered with an error (5xx, or a refusal such as 403). */
        SERVER_ERROR,
        /** The server did not connect or stopped answering within the time-out. */
        TIMEOUT,
        /** More than {@link ImportLimits#MAX_REDIRECTS} redirects, or a redirect back to an address already visited. */
        REDIRECT_LOOP,
        /** The address gives something other than a web page or text (an image, a PDF). */
        NOT_HTML,
        /** The server cannot be reached: unknown host, connection refused or broken off. */
        UNREACHABLE
    }

    private final Problem problem;
    private final transient Path file;
    private final String detail;
    private final String address;

    public ImportException(Problem problem, Path file, String detail, Throwable cause) {
        this(problem, file, null, detail, cause);
    }

    private ImportException(Problem problem, Path file, String address, String detail, Throwable cause) {
        super(describe(problem, file == null && address != null ? address : file == null ? null : file.toString(),
                detail), cause);
        this.problem = problem;
        this.file = file;
        this.address = address;
        this.detail = detail == null ? "" : detail;
    }

    /** A problem with the page at a web address. */
    public static ImportException atAddress(Problem problem, String address, String detail, Throwable cause) {
        return new ImportException(problem, null, address, detail, cause);
    }

    /** This problem, said of the page at {@code address} (for problems found in its bytes). */
    ImportException atAddress(String address) {
        return file != null || this.address != null ? this
                : new ImportException(problem, null, address, detail, getCause());
    }

    /** The web address the import read, or null for a file or pasted text. */
    public String address() {
        return address;
    }

    public ImportException(Problem problem, Path file, String detail) {
        this(problem, file, detail, null);
    }

    public Problem problem() {
        return problem;
    }

    /** The file, or null for pasted text. */
    public Path file() {
        return file;
    }

    /** Technical detail in English (an encoding name, a limit, a parser message); may be empty. */
    public String detail() {
        return detail;
    }

    private static String describe(Problem problem, String source, String detail) {
        String where = source == null ? "pasted text" : source;
        return where + ": " + problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
