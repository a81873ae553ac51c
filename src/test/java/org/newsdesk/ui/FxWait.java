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
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS));
    }

    /**
     * Waits for a condition outside the window (a file written, a server reached), asking it on
     * the test thread so that the FX thread does no I/O for the test.
     */
    public static void untilOutside(long seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
