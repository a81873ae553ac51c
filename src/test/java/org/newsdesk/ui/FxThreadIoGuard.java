package org.newsdesk.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.newsdesk.store.IoThreadCheck;

/**
 * Installed in every test run (META-INF/services) but quiet until a test arms it: then it
 * notes every store access or delivery attempt made on the FX thread, with the stack that made
 * it, and counts the accesses made elsewhere.
 */
public final class FxThreadIoGuard implements IoThreadCheck {

    private static volatile boolean armed;
    private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();
    private static final AtomicLong OFF_FX = new AtomicLong();

    /** Starts watching (clears what an earlier arming saw). */
    public static void arm() {
        VIOLATIONS.clear();
        OFF_FX.set(0);
        armed = true;
    }

    public static void disarm() {
        armed = false;
    }

    /** Each access made on the FX thread while armed: what it was and where it came from. */
    public static List<String> violations() {
        return List.copyOf(VIOLATIONS);
    }

    /** How many accesses were made off the FX thread while armed. */
    public static long offFxAccesses() {
        return OFF_FX.get();
    }

    @Override
    public void check(String what) {
        if (!armed) {
            return;
        }
        if (Platform.isFxApplicationThread()) {
            StringBuilder where = new StringBuilder(what);
            for (StackTraceElement e : new Throwable().getStackTrace()) {
                if (e.getClassName().startsWith("org.newsdesk") && !e.getClassName().startsWith("org.newsdesk.ui.FxThreadIoGuard")) {
                    where.append("\n    at ").append(e);
                }
            }
            VIOLATIONS.add(where.toString());
        } else {
            OFF_FX.incrementAndGet();
        }
    }
}
