package org.newsdesk.ui.common;

import java.time.Duration;

/**
 * A wait on the UI thread that ends by running its action there: a debounce when restarted on
 * every change, a retry later when started once. Made by {@link BackgroundTasks#timer(Runnable)}.
 */
public interface UiTimer {

    /** Starts the wait (again, from now, when it is running). */
    void start(Duration wait);

    /** Cancels the wait: the action does not run. */
    void stop();

    boolean running();
}
