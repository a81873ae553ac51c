package org.newsdesk.model;

import java.util.Objects;

/**
 * The recording a story is transcribed from. The file stays where it is; its name and
 * size are kept so that a moved file can be recognised when it is linked again.
 *
 * @param path      where the file was when it was linked (as the operating system spells it)
 * @param fileName  its name, for messages when the path no longer leads to it
 * @param sizeBytes its size when it was linked
 */
public record MediaLink(String path, String fileName, long sizeBytes) {
    public MediaLink {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fileName, "fileName");
        if (path.isBlank()) {
            throw new IllegalArgumentException("blank media path");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("negative size " + sizeBytes);
        }
    }
}
