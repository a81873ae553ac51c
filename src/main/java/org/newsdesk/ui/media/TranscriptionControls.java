package org.newsdesk.ui.media;

import java.time.Duration;
import java.util.Optional;

/**
 * What the playback keys do to the player: pause with auto-rewind, steps back and
 * forward kept within the recording, speed in fixed steps, and an A–B loop. Knows nothing
 * of keys or toolkits, so the arithmetic is tested without a sound device.
 */
public final class TranscriptionControls {

    /** Speeds offered: fine steps below normal, where transcribing happens. */
    static final double[] RATES = {0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.25, 1.5, 1.75, 2.0};

    /** Where the loop key has got to. */
    public enum LoopState { OFF, START_MARKED, LOOPING }

    private final MediaPlayback player;
    private PlaybackSettings settings;
    private Duration loopStart;
    private LoopRange loop;

    public TranscriptionControls(MediaPlayback player, PlaybackSettings settings) {
        this.player = player;
        this.settings = settings;
    }

    public void setSettings(PlaybackSettings value) {
        this.settings = value;
    }

    /** Plays, or pauses and goes back by the auto-rewind so the last words are heard again. */
    public void togglePlay() {
        if (player.isPlaying()) {
            player.pause();
            Duration back = player.position().minus(settings.rewind());
            Duration floor = loop == null ? Duration.ZERO : loop.start();
            player.seek(back.compareTo(floor) < 0 ? floor : back);
        } else {
            player.play();
        }
    }

    public void back() {
        seek(player.position().minus(settings.step()));
    }

    public void forward() {
        seek(player.position().plus(settings.step()));
    }

    /** Goes to {@code time} within the recording; a target outside the loop ends the loop. */
    public void seek(Duration time) {
        Duration target = LoopRange.clamp(time, player.length());
        if (loop != null && (target.compareTo(loop.start()) < 0 || loop.isPast(target))) {
            clearLoop();
        }
        player.seek(target);
    }

    /** @return the new speed */
    public double slower() {
        double now = player.rate();
        double next = RATES[0];
        for (double r : RATES) {
            if (r < now - 1e-9) {
                next = r;
            }
        }
        player.setRate(next);
        return next;
    }

    /** @return the new speed */
    public double faster() {
        double now = player.rate();
        double next = RATES[RATES.length - 1];
        for (int i = RATES.length - 1; i >= 0; i--) {
            if (RATES[i] > now + 1e-9) {
                next = RATES[i];
            }
        }
        player.setRate(next);
        return next;
    }

    /**
     * First press marks where the loop starts, the second marks its end and plays the
     * stretch over and over, the third ends the loop. A second mark too close to the first
     * (or the same point) starts over.
     */
    public LoopState loop() {
        if (loop != null) {
            clearLoop();
            return LoopState.OFF;
        }
        if (loopStart == null) {
            loopStart = player.position();
            return LoopState.START_MARKED;
        }
        Optional<LoopRange> range = LoopRange.between(loopStart, player.position(), player.length());
        loopStart = null;
        if (range.isEmpty()) {
            return LoopState.OFF;
        }
        loop = range.get();
        player.seek(loop.start());
        if (!player.isPlaying()) {
            player.play();
        }
        return LoopState.LOOPING;
    }

    /** Called as playback moves: past the loop's end it goes back to its start. */
    public void positionChanged(Duration position) {
        if (loop != null && loop.isPast(position)) {
            player.seek(loop.start());
        }
    }

    public Optional<LoopRange> currentLoop() {
        return Optional.ofNullable(loop);
    }

    public void clearLoop() {
        loop = null;
        loopStart = null;
    }
}
