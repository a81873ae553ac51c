package org.newsdesk.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hidden temporary folders and files next to a bundle's final place, made with the
 * permissions any new folder or file gets there (the user's umask: typically 0755 and 0644).
 * {@code Files.createTempDirectory} and {@code createTempFile} make them 0700 and 0600, and a
 * bundle moved into place kept that, so a web server serving the folder was refused.
 */
final class SiblingTemp {

    private SiblingTemp() {
    }

    static Path folder(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(name(prefix, "")));
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
    }

    static Path file(Path parent, String prefix, String suffix) throws IOException {
        while (true) {
            try {
                return Files.createFile(parent.resolve(name(prefix, suffix)));
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
    }

    private static String name(String prefix, String suffix) {
        return prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + suffix;
    }
}
