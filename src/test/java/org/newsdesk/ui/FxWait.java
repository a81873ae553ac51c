package org.newsdesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for a condition about the window, asking it on the FX thread: a look-up from the test
 * thread can meet the scene graph half-changed (a table refreshing its cells) and fail.
 */
public final class FxWait {

    private FxWait() {
    }

    public static void until(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            try {
                return WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
            } catch (TimeoutException busy) {
                // the FX thread is still busy (building a window, its first layout): ask again,
                // within the time the whole wait allows
                return false;
            }
        });
    }

    /**
     * Reads something from the window on the FX thread, for a check after a wait: read from the
     * test thread, the scene graph may be met half-changed (a table redrawing its cells).
     */
    public static <T> T read(Callable<T> what) {
        try {
            return WaitForAsyncUtils.asyncFx(what).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading from the window", e);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not read from the window", e);
        }
    }

    /**
     * Waits for a condition outside the window (a file written, a server reached), asking it on
     * the test thread so that the FX thread does no I/O for the test.
     */
    public static void untilOutside(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
