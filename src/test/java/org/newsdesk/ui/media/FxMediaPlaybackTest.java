package org.newsdesk.ui.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * JavaFX's real MediaPlayer on generated WAVs (headless, into ALSA's null output): the length
 * it reports, seeking, speed, the end of the recording, and what it says about files it
 * cannot play.
 */
@ExtendWith(ApplicationExtension.class)
class FxMediaPlaybackTest {

    @TempDir
    Path dir;

    @Test
    void aToneOfKnownLengthPlaysSeeksAndEnds(FxRobot robot) throws Exception {
        Path wav = ToneWav.write(dir.resolve("tone.wav"), 2.5);
        AtomicReference<FxMediaPlayback> playback = new AtomicReference<>();
        AtomicReference<Boolean> ready = new AtomicReference<>(false);
        robot.interact(() -> {
            MediaPlayer player = new MediaPlayer(new Media(wav.toUri().toString()));
            player.setOnReady(() -> ready.set(true));
            playback.set(new FxMediaPlayback(player));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, ready::get);
        FxMediaPlayback p = playback.get();
        assertThat(p.length()).isEqualTo(Duration.ofMillis(2500));

        robot.interact(() -> p.seek(Duration.ofMillis(1200)));
        assertThat(p.position()).isEqualTo(Duration.ofMillis(1200));
        robot.interact(() -> p.setRate(0.5));
        assertThat(p.rate()).isEqualTo(0.5);

        // the null output takes sound faster than real time: the end comes within moments
        robot.interact(p::play);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !p.isPlaying());
        assertThat(p.position()).isGreaterThanOrEqualTo(Duration.ofMillis(2400));

        robot.interact(() -> {
            p.play();
            p.pause();
        });
        assertThat(p.isPlaying()).isFalse();
        robot.interact(p::dispose);
    }

    @Test
    void notARecordingIsUnsupported() throws Exception {
        Path junk = Files.writeString(dir.resolve("notes.wav"), "minutes of the meeting, not a recording".repeat(100));
        assertThatThrownBy(() -> new Media(junk.toUri().toString()))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(MediaProblem.of(e).kind()).isEqualTo(MediaProblem.Kind.UNSUPPORTED));
    }
}
