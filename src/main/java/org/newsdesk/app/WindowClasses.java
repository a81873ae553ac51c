package org.newsdesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The classes the FX thread loads between the opening shell and an editable story (the main
 * view, the editor, the controls and their skins), loaded ahead on a thread of their own while the
 * store opens: the FX thread has nothing to do then, and without them it loads one after another
 * (about 1,600) while it builds the window. Only loaded and linked, not initialised, so nothing of
 * theirs runs off the FX thread.
 *
 * <p>The list ({@value #LIST}, in the order the FX thread loaded them) is written by the benchmark
 * tool {@code bench.WindowClassList} from a start with the library's last story, with the system
 * property {@value #SWITCH} set to {@code off} (no loading ahead: the start measured without it); a
 * name that no longer exists is passed over (the list is then only less complete).
 */
final class WindowClasses {

    /** The resource beside this class, one binary class name a line. */
    static final String LIST = "window-classes.txt";
    /** The system property that turns the loading ahead {@code off}. */
    static final String SWITCH = "newsdesk.windowClasses";

    private WindowClasses() {
    }

    /** Starts loading the listed classes on a daemon thread; returns at once. */
    static void preload() {
        if ("off".equals(System.getProperty(SWITCH))) {
            return;
        }
        Thread loader = new Thread(() -> load(names()), "window-classes");
        loader.setDaemon(true);
        loader.start();
    }

    /** Loads and links each of {@code names} that exists; the number loaded. */
    static int load(List<String> names) {
        ClassLoader classes = WindowClasses.class.getClassLoader();
        int loaded = 0;
        for (String name : names) {
            try {
                // reflection links the class (verifies it) without running its static initialiser
                Class.forName(name, false, classes).getDeclaredConstructors();
                loaded++;
            } catch (ClassNotFoundException | LinkageError | SecurityException gone) {
                // renamed or removed since the list was written: only a class less loaded ahead
            }
        }
        return loaded;
    }

    /** The listed names, in their order (none when the list is missing). */
    static List<String> names() {
        List<String> names = new ArrayList<>();
        try (InputStream in = WindowClasses.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return names;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    names.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
