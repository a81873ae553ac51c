package org.newsdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Makes the temporary folder of this test JVM, which the build chose for it alone
 * ({@code java.io.tmpdir} in surefire's argLine: the time of day the build started, to the
 * millisecond, and the JVM's number), so that test JVMs side by side
 * ({@code -Dnewsdesk.test.forks=2}) and other builds on the machine never meet each other's
 * temporary files: a test that looks for what a command left behind in the temporary folder
 * sees only its own JVM's. The folder goes when the JVM ends.
 *
 * <p>Registered in {@code META-INF/services}; it acts only where the build set {@value #OWN}
 * (a test run from an IDE keeps the system's folder).
 */
public final class OwnTempFolder implements LauncherSessionListener {

    /** The system property the build sets when it gave this JVM a temporary folder of its own. */
    public static final String OWN = "newsdesk.test.ownTmpdir";

    private static boolean made;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        makeOnce();
    }

    private static synchronized void makeOnce() {
        if (made || !Boolean.getBoolean(OWN)) {
            return;
        }
        made = true;
        Path own = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            // readable by others: the system PostgreSQL of the newsroom tests runs as its own user
            Files.createDirectory(own, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        } catch (FileAlreadyExistsException e) {
            return; // not this JVM's to delete
        } catch (UnsupportedOperationException e) {
            try {
                Files.createDirectories(own);
            } catch (IOException notMade) {
                throw new UncheckedIOException(notMade);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make this test JVM's temporary folder", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(own), "own-temp-folder"));
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // what a killed child process still holds stays behind, in the system's temporary folder
        }
    }
}
