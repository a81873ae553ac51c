package org.newsdesk.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.newsdesk.prefs.PreferencesFile;

/**
 * The JVM options the window runs with, and the window's own start (or a command line's index
 * build) in a JVM that has them when {@code java -jar newsdesk.jar} started it without them.
 *
 * <p>The window's memory is bounded by its options, not by what it does: with the JVM's defaults
 * (a collector that grows the heap whenever collecting takes a noticeable share of the time, up
 * to a quarter of the machine's memory) a rebuild of the search index over 100,000 stories,
 * whose live data stay near 150 MB, made the window's process resident at 0.8–0.9 GB. With
 * these options it stays under 500 MB: the single-threaded collector (no remembered sets, no
 * concurrent threads; pauses of a few milliseconds for the young generation on a heap this size)
 * keeps the heap within {@link #OPTIONS}' free ratios of what is live, under a ceiling.
 *
 * <p>The launchers ({@code bin/newsdesk}, and the installers' window launcher through the pom's
 * {@code installer.window.options}) pass the same options themselves and mark the JVM with
 * {@link #MARKER}; a JVM started by
 * {@code java -jar} without them (the
 * jar's manifest cannot carry JVM options) starts a second one with them, which opens the window,
 * and waits for it; that JVM also gets the {@code LANGUAGE} the launchers export for GTK's dialogs
 * ({@link GettextLanguage}). The command line does the same for a {@code search} that has to build the
 * index first ({@link #commandForThisJvm}): with the JVM's defaults that build peaked at 693 MiB
 * resident at 100,000 stories. Nothing is started again when the user chose a heap or collector,
 * or named the main class (a developer's {@code java -cp}, the test and benchmark probes).
 */
public final class WindowJvm {

    /** System property set on a JVM that runs with {@link #OPTIONS} (its value: who set them). */
    public static final String MARKER = "newsdesk.windowJvm";

    /**
     * The window's options. The ceiling is about four times the heap a window with 100,000 stories
     * uses at rest (about 90 MB live) and well above a rebuild's live data (90–130 MB); the command
     * line imports the largest accepted file (50 MB) in a 512 MB heap (ImportMemoryTest). A young
     * generation of at most 16 MB: every page of it is touched between two collections, so it
     * counts in full in the resident size.
     */
    public static final List<String> OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms32m", "-Xmx384m", "-XX:MaxNewSize=16m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20");

    /**
     * The C library's malloc arenas: two instead of eight per core (each keeps what it freed). The
     * Linux installer's launcher script and menu entry set the same for the window.
     */
    public static final Map<String, String> ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private WindowJvm() {
    }

    /**
     * Opens the window in a JVM with {@link #OPTIONS} when this one lacks them and may start one:
     * its exit code once it has ended, or empty to open the window in this JVM.
     */
    static OptionalInt runWindowElsewhere(String[] args, String lang) {
        Optional<List<String>> command = commandForThisJvm(args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Map<String, String> language = new HashMap<>();
        gtkLanguage(lang, PreferencesFile.forUser()).ifPresent(value -> language.put("LANGUAGE", value));
        return run(command.get(), language);
    }

    /**
     * The command that runs {@code args} (the window, or a command line) again in a JVM with
     * {@link #OPTIONS}, or empty when this JVM has them or should not start one (see
     * {@link #command}).
     */
    public static Optional<List<String>> commandForThisJvm(String[] args) {
        String marker = System.getProperty(MARKER);
        String javaCommand = System.getProperty("sun.java.command", "");
        if (marker != null || !startedFromJar(javaCommand)) {
            // decided without the runtime's management bean, which costs a noticeable part of the first frame
            return Optional.empty();
        }
        return command(args, marker, javaCommand, ManagementFactory.getRuntimeMXBean().getInputArguments(),
                ProcessHandle.current().info().command().orElse(null), System.getProperty("java.class.path", ""));
    }

    /**
     * Starts {@code command} with this JVM's input, output and environment (plus
     * {@link #ENVIRONMENT}) and waits for it: its exit code, or empty when it could not be started.
     * Ending this JVM ends it too.
     */
    public static OptionalInt run(List<String> command) {
        return run(command, Map.of());
    }

    /** {@link #run(List)} with {@code overrides} set in its environment. */
    private static OptionalInt run(List<String> command, Map<String, String> overrides) {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        ENVIRONMENT.forEach(builder.environment()::putIfAbsent);
        builder.environment().putAll(overrides);
        Process other;
        try {
            other = builder.start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread stopOther = new Thread(other::destroy, "stop-bounded-jvm");
        Runtime.getRuntime().addShutdownHook(stopOther);
        while (true) {
            try {
                int status = other.waitFor();
                Runtime.getRuntime().removeShutdownHook(stopOther);
                return OptionalInt.of(status);
            } catch (InterruptedException e) {
                // the other JVM goes on; this one only waits for it
            } catch (IllegalStateException shuttingDown) {
                return OptionalInt.of(0);
            }
        }
    }

    /**
     * The command that runs {@code args} with {@link #OPTIONS}, or empty when this JVM should
     * run them itself: it has them ({@code marker} set), was not started from a jar
     * ({@code javaCommand}, the JVM's {@code sun.java.command}, names a class), its options choose
     * a heap size or a collector, or the java program is unknown.
     */
    static Optional<List<String>> command(String[] args, String marker, String javaCommand, List<String> jvmOptions,
                                          String java, String classPath) {
        if (marker != null || java == null || classPath.isEmpty() || !Files.isRegularFile(Path.of(java))) {
            return Optional.empty();
        }
        if (!startedFromJar(javaCommand)) {
            return Optional.empty();
        }
        for (String option : jvmOptions) {
            if (option.startsWith("-Xmx") || option.startsWith("-XX:MaxHeapSize") || option.startsWith("-XX:MaxRAM")
                    || (option.startsWith("-XX:+Use") && option.endsWith("GC"))) {
                return Optional.empty();
            }
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(OPTIONS);
        command.add("-D" + MARKER + "=java-jar");
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * The {@code LANGUAGE} for the window's JVM, as the launchers set it: {@code --lang}'s
     * ({@code lang}), else the one chosen in Preferences; empty leaves the desktop's own.
     */
    static Optional<String> gtkLanguage(String lang, PreferencesFile preferences) {
        return GettextLanguage.of(lang != null ? lang : preferences.peek().language());
    }

    /** True when the JVM's {@code sun.java.command} names a jar ({@code java -jar}), not a main class. */
    private static boolean startedFromJar(String javaCommand) {
        return javaCommand.split(" ", 2)[0].endsWith(".jar");
    }
}
