package org.newsdesk.export;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param bundle    the bundle's files
 * @param folder    the bundle folder
 * @param zip       the zip, or {@code null} when none was asked for
 * @param zipSha256 the zip's SHA-256 (its identity), or {@code null}
 */
public record ExportResult(ExportBundle bundle, Path folder, Path zip, String zipSha256) {
}
