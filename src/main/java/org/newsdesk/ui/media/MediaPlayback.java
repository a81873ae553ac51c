package org.newsdesk.ui.media;

import java.time.Duration;

/**
 * The player the transcription keys drive. The real one wraps JavaFX's MediaPlayer; the
 * keys' arithmetic (steps, auto-rewind, loop, speed) is tested against any implementation.
 */
public interface MediaPlayback {

    boolean isPlaying();

    void play();

    void pause();

    Duration position();

    /** The recording's length, {@link Duration#ZERO} while unknown. */
    Duration length();

    void seek(Duration position);

    double rate();

    void setRate(double rate);
}
