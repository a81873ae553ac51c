package org.newsdesk.text;

import java.time.Duration;

/** Playback times as editors write them: {@code 00:12:34}, hours always shown. */
public final class Timecode {

    private Timecode() {
    }

    /** Whole seconds, rounded down: {@code 01:02:03}. Negative times count as zero. */
    public static String format(Duration time) {
        long seconds = Math.max(0, time.toMillis() / 1000);
        return String.format(java.util.Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** The timestamp mark's text: {@code [00:12:34]}. */
    public static String mark(Duration time) {
        return "[" + format(time) + "]";
    }
}
