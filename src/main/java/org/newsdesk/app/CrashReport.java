package org.newsdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A crash report: when, which Newsdesk on which system and Java, the thread and the stack
 * trace. No story text: exception messages are left out ({@link StackTraceText}) and the
 * home folder is written as {@code ~}.
 *
 * @param file where it was written, or null when it could not be
 * @param text the report itself (shown and copied even when it could not be written)
 * @param writeError why it could not be written, or null
 */
public record CrashReport(Path file, String text, String writeError) {

    public static final String FOLDER = "crash";
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /** Writes a report on {@code error} into {@code <dataFolder>/crash/}. */
    public static CrashReport write(Path dataFolder, Thread thread, Throwable error, String version, Clock clock) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        String text = text(thread, error, version, now);
        Path folder = dataFolder.resolve(FOLDER);
        Path file = folder.resolve("crash-" + FILE_TIME.format(now) + ".txt");
        try {
            Files.createDirectories(folder);
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve("crash-" + FILE_TIME.format(now) + "-" + n + ".txt");
            }
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            return new CrashReport(file, text, null);
        } catch (IOException | SecurityException e) {
            return new CrashReport(null, text, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    static String text(Thread thread, Throwable error, String version, ZonedDateTime when) {
        String body = "Newsdesk crash report\n"
                + "Time: " + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when) + "\n"
                + "Version: " + version + "\n"
                + "OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version")
                + " (" + System.getProperty("os.arch") + ")\n"
                + "Java: " + System.getProperty("java.runtime.version", System.getProperty("java.version"))
                + " (" + System.getProperty("java.vendor") + ")\n"
                + "Thread: " + thread.getName() + "\n"
                + "\n"
                + StackTraceText.of(error);
        return new PrivateLogLayout(System.getProperty("user.home")).withoutHome(body);
    }
}
