package org.newsdesk.ui.media;

import java.time.Duration;

/**
 * How playback behaves while transcribing: the keys, how far back/forward steps, and how
 * far a pause rewinds so the last words are heard again.
 */
public record PlaybackSettings(KeyMap keys, Duration step, Duration rewind) {

    public static final Duration MIN_STEP = Duration.ofSeconds(1);
    public static final Duration MAX_STEP = Duration.ofSeconds(10);
    public static final Duration MAX_REWIND = Duration.ofSeconds(2);

    public PlaybackSettings {
        if (step.compareTo(MIN_STEP) < 0 || step.compareTo(MAX_STEP) > 0) {
            throw new IllegalArgumentException("step must be 1 to 10 s: " + step);
        }
        if (rewind.isNegative() || rewind.compareTo(MAX_REWIND) > 0) {
            throw new IllegalArgumentException("rewind must be 0 to 2 s: " + rewind);
        }
    }

    public static PlaybackSettings defaults() {
        return new PlaybackSettings(KeyMap.defaults(), Duration.ofSeconds(3), Duration.ofMillis(1500));
    }

    public PlaybackSettings withKeys(KeyMap value) {
        return new PlaybackSettings(value, step, rewind);
    }

    /** Lines {@code step=3000}, {@code rewind=1500} (milliseconds), then the key map's lines. */
    public String encode() {
        return "step=" + step.toMillis() + "\nrewind=" + rewind.toMillis() + "\n" + keys.encode();
    }

    /** Reads what {@link #encode} wrote; what is missing or out of range takes its default. */
    public static PlaybackSettings decode(String text) {
        PlaybackSettings d = defaults();
        Duration step = d.step();
        Duration rewind = d.rewind();
        for (String line : text.split("\n")) {
            step = millis(line, "step=", step, MIN_STEP, MAX_STEP);
            rewind = millis(line, "rewind=", rewind, Duration.ZERO, MAX_REWIND);
        }
        return new PlaybackSettings(KeyMap.decode(text), step, rewind);
    }

    private static Duration millis(String line, String prefix, Duration fallback, Duration min, Duration max) {
        if (!line.startsWith(prefix)) {
            return fallback;
        }
        try {
            Duration d = Duration.ofMillis(Long.parseLong(line.substring(prefix.length()).strip()));
            return d.compareTo(min) < 0 || d.compareTo(max) > 0 ? fallback : d;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
