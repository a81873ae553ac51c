package org.newsdesk.ui.media;

import java.time.Duration;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;

/**
 * The real player: JavaFX's MediaPlayer. Its status changes arrive later than the calls
 * that cause them, so whether it plays is the state last asked for; reaching the end stops
 * it, and playing again from the end starts over. A player that has not played yet does not
 * move on a seek, so a seek while paused is kept and applied when playback starts.
 */
public final class FxMediaPlayback implements MediaPlayback {

    private final MediaPlayer player;
    private boolean playing;
    private Duration pendingSeek;

    public FxMediaPlayback(MediaPlayer player) {
        this.player = player;
        player.setOnEndOfMedia(() -> {
            player.pause();
            playing = false;
        });
    }

    public MediaPlayer player() {
        return player;
    }

    @Override
    public boolean isPlaying() {
        return playing;
    }

    @Override
    public void play() {
        Duration length = length();
        if (!length.isZero() && position().compareTo(length.minusMillis(50)) >= 0) {
            pendingSeek = Duration.ZERO;
        }
        playing = true;
        player.play();
        if (pendingSeek != null) {
            player.seek(javafx.util.Duration.millis(pendingSeek.toMillis()));
            pendingSeek = null;
        }
    }

    @Override
    public void pause() {
        playing = false;
        player.pause();
    }

    @Override
    public Duration position() {
        return pendingSeek != null ? pendingSeek : toJava(player.getCurrentTime());
    }

    @Override
    public Duration length() {
        Media media = player.getMedia();
        return toJava(media.getDuration());
    }

    @Override
    public void seek(Duration position) {
        pendingSeek = playing ? null : position;
        player.seek(javafx.util.Duration.millis(position.toMillis()));
    }

    @Override
    public double rate() {
        return player.getRate();
    }

    @Override
    public void setRate(double rate) {
        player.setRate(rate);
    }

    public void dispose() {
        playing = false;
        player.dispose();
    }

    static Duration toJava(javafx.util.Duration d) {
        if (d == null || d.isUnknown() || d.isIndefinite() || d.lessThan(javafx.util.Duration.ZERO)) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.round(d.toMillis()));
    }
}
