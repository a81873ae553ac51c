package org.newsdesk.ui.media;

import java.time.Duration;

/**
 * A stretch of the recording played over and over: when playback reaches {@code end} it
 * goes back to {@code start}.
 */
public record LoopRange(Duration start, Duration end) {

    /** Shorter loops would restart before a word is heard. */
    public static final Duration MIN_LENGTH = Duration.ofMillis(500);

    public LoopRange {
        if (start.isNegative() || end.minus(start).compareTo(MIN_LENGTH) < 0) {
            throw new IllegalArgumentException("loop " + start + " to " + end);
        }
    }

    /**
     * The loop between two marked points in either order, kept within the recording;
     * empty when what is left is too short to loop.
     */
    public static java.util.Optional<LoopRange> between(Duration a, Duration b, Duration length) {
        Duration from = clamp(a.compareTo(b) <= 0 ? a : b, length);
        Duration to = clamp(a.compareTo(b) <= 0 ? b : a, length);
        return to.minus(from).compareTo(MIN_LENGTH) < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new LoopRange(from, to));
    }

    /** Where playback at {@code position} has to go: back to the start once past the end. */
    public boolean isPast(Duration position) {
        return position.compareTo(end) >= 0;
    }

    static Duration clamp(Duration t, Duration length) {
        if (t.isNegative()) {
            return Duration.ZERO;
        }
        return length.isZero() || t.compareTo(length) <= 0 ? t : length;
    }
}
