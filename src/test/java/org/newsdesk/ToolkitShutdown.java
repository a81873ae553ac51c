package org.newsdesk;

import java.time.Duration;
import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Ends the JavaFX toolkit of this test JVM once its last test class has run, the way the app ends
 * it when its window closes ({@link Platform#exit()}): the toolkit's own shutdown steps run
 * (media players disposed, the web engine told to stop its timers) and the FX and render threads
 * finish before the JVM exits.
 *
 * <p>Without it the JVM exited with the toolkit still running, its web engine, media and render
 * threads still at work while the process was torn down; once a CI run's test JVM died of SIGABRT
 * at that point, after every one of its tests had passed, which fails the build. Registered in
 * {@code META-INF/services}; a JVM that never started the toolkit is left alone.
 */
public final class ToolkitShutdown implements LauncherSessionListener {

    /** The name JavaFX gives the thread that runs its event loop. */
    static final String FX_THREAD = "JavaFX Application Thread";

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        end();
    }

    /**
     * Asks a running toolkit to exit and waits (at most half a minute) for its event loop's
     * thread to finish; returns whether no such thread is left.
     */
    static boolean end() {
        Thread fx = fxThread();
        if (fx == null) {
            return true;
        }
        Platform.exit();
        try {
            fx.join(WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !fx.isAlive();
    }

    private static Thread fxThread() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(FX_THREAD) && t.isAlive())
                .findFirst()
                .orElse(null);
    }
}
