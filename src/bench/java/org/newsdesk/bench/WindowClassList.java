package org.newsdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * Writes the window's class list ({@code app.WindowClasses}, loaded ahead while the store opens):
 * starts Newsdesk as {@link EditableStoryProbe} does, records every class loaded (JFR), and once
 * the last story is editable writes the classes the FX thread loaded after the opening shell showed,
 * in their order, one binary name a line. The list already there is not loaded ahead meanwhile
 * ({@value #SWITCH} {@code off}): the FX thread then loads every class it needs itself. Hidden classes
 * (lambdas) and arrays are left out.
 *
 * <pre>
 *   NEWSDESK_CONFIG_DIR=DIR (preferences naming an editor) \
 *   java -cp BENCH_CLASS_PATH org.newsdesk.bench.WindowClassList src/main/resources/org/newsdesk/app/window-classes.txt \
 *        --data-dir FOLDER (a library whose last-opened story is a long interview)
 * </pre>
 *
 * Needs a display. Written again when the window's build changes much (a missing name is only
 * passed over at start-up).
 */
public final class WindowClassList {

    /** The system property that turns the window's loading ahead off ({@code app.WindowClasses}). */
    static final String SWITCH = "newsdesk.windowClasses";

    private WindowClassList() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        System.setProperty(SWITCH, "off");
        Recording recording = new Recording();
        recording.enable("jdk.ClassLoad").withThreshold(Duration.ZERO).withoutStackTrace();
        recording.start();
        EditableStoryProbe.beforeExit = () -> write(recording, Thread.currentThread().getId(),
                EditableStoryProbe.seenAt("openingShell"), out);
        EditableStoryProbe.main(Arrays.copyOfRange(args, 1, args.length));
    }

    /** The classes thread {@code fxThread} loaded from {@code since} on, in order, into {@code out}. */
    private static void write(Recording recording, long fxThread, Instant since, Path out) {
        try {
            recording.stop();
            Path dump = Files.createTempFile("window-classes", ".jfr");
            recording.dump(dump);
            List<RecordedEvent> loads = RecordingFile.readAllEvents(dump).stream()
                    .filter(e -> e.getThread() != null && e.getThread().getJavaThreadId() == fxThread)
                    .filter(e -> since == null || !e.getStartTime().isBefore(since))
                    .sorted(Comparator.comparing(RecordedEvent::getStartTime)).toList();
            Set<String> names = new LinkedHashSet<>();
            for (RecordedEvent load : loads) {
                String name = load.getClass("loadedClass").getName().replace('/', '.');
                if (!name.startsWith("[") && !name.contains("$$Lambda") && !name.contains("0x")) {
                    names.add(name);
                }
            }
            Files.write(out, names, StandardCharsets.UTF_8);
            Files.delete(dump);
            System.err.println("WINDOW CLASSES " + names.size() + " written to " + out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
