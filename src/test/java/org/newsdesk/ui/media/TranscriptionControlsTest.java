package org.newsdesk.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the keys do to a player, without a sound device: rewind, steps, speed, loop. */
class TranscriptionControlsTest {

    /** A player that is exactly where it was told to be. */
    static final class ScriptedPlayback implements MediaPlayback {
        boolean playing;
        Duration position = Duration.ZERO;
        Duration length;
        double rate = 1.0;

        ScriptedPlayback(Duration length) {
            this.length = length;
        }

        @Override public boolean isPlaying() { return playing; }
        @Override public void play() { playing = true; }
        @Override public void pause() { playing = false; }
        @Override public Duration position() { return position; }
        @Override public Duration length() { return length; }
        @Override public void seek(Duration p) { position = p; }
        @Override public double rate() { return rate; }
        @Override public void setRate(double r) { rate = r; }
    }

    private ScriptedPlayback player;
    private TranscriptionControls controls;

    @BeforeEach
    void setUp() {
        player = new ScriptedPlayback(Duration.ofMinutes(10));
        controls = new TranscriptionControls(player, PlaybackSettings.defaults());
    }

    @ParameterizedTest
    @CsvSource({"10000,1500,8500", "1000,1500,0", "1500,1500,0", "60000,0,60000", "5000,2000,3000"})
    void pausingRewindsSoTheLastWordsAreHeardAgain(long at, long rewind, long expected) {
        controls.setSettings(new PlaybackSettings(KeyMap.defaults(), Duration.ofSeconds(3), Duration.ofMillis(rewind)));
        player.playing = true;
        player.position = Duration.ofMillis(at);
        controls.togglePlay();
        assertThat(player.playing).isFalse();
        assertThat(player.position).isEqualTo(Duration.ofMillis(expected));
        controls.togglePlay();
        assertThat(player.playing).isTrue();
        assertThat(player.position).as("playing does not move").isEqualTo(Duration.ofMillis(expected));
    }

    @ParameterizedTest
    @CsvSource({"10000,7000,13000", "2000,0,5000", "599000,596000,600000"})
    void stepsStayWithinTheRecording(long at, long back, long forward) {
        player.position = Duration.ofMillis(at);
        controls.back();
        assertThat(player.position).isEqualTo(Duration.ofMillis(back));
        player.position = Duration.ofMillis(at);
        controls.forward();
        assertThat(player.position).isEqualTo(Duration.ofMillis(forward));
    }

    @Test
    void theStepIsConfigurable() {
        controls.setSettings(new PlaybackSettings(KeyMap.defaults(), Duration.ofSeconds(5), Duration.ZERO));
        player.position = Duration.ofSeconds(20);
        controls.back();
        assertThat(player.position).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void speedGoesFromHalfToDoubleInSteps() {
        double rate = 1.0;
        for (int i = 0; i < 20; i++) {
            rate = controls.slower();
        }
        assertThat(rate).isEqualTo(0.5);
        assertThat(controls.faster()).isEqualTo(0.6);
        for (int i = 0; i < 20; i++) {
            rate = controls.faster();
        }
        assertThat(rate).isEqualTo(2.0);
        assertThat(controls.slower()).isEqualTo(1.75);
        player.rate = 1.1;
        assertThat(controls.slower()).as("an odd speed goes to the next step").isEqualTo(1.0);
    }

    @Test
    void loopPlaysTheMarkedStretchAgainAndAgain() {
        player.position = Duration.ofSeconds(30);
        assertThat(controls.loop()).isEqualTo(TranscriptionControls.LoopState.START_MARKED);
        player.position = Duration.ofSeconds(34);
        assertThat(controls.loop()).isEqualTo(TranscriptionControls.LoopState.LOOPING);
        assertThat(player.position).isEqualTo(Duration.ofSeconds(30));
        assertThat(player.playing).isTrue();

        controls.positionChanged(Duration.ofMillis(33_900));
        assertThat(player.position).isEqualTo(Duration.ofSeconds(30));
        player.position = Duration.ofMillis(33_900);
        controls.positionChanged(Duration.ofSeconds(34));
        assertThat(player.position).as("past the end: back to the start").isEqualTo(Duration.ofSeconds(30));

        player.position = Duration.ofMillis(30_500);
        controls.togglePlay();
        assertThat(player.position).as("the rewind stops at the loop's start").isEqualTo(Duration.ofSeconds(30));

        assertThat(controls.loop()).isEqualTo(TranscriptionControls.LoopState.OFF);
        assertThat(controls.currentLoop()).isEmpty();
    }

    @Test
    void marksInReverseOrderLoopTheSameStretch() {
        player.position = Duration.ofSeconds(50);
        controls.loop();
        player.position = Duration.ofSeconds(45);
        controls.loop();
        assertThat(controls.currentLoop()).contains(new LoopRange(Duration.ofSeconds(45), Duration.ofSeconds(50)));
    }

    @Test
    void aLoopTooShortToHearStartsOver() {
        player.position = Duration.ofSeconds(50);
        controls.loop();
        player.position = Duration.ofMillis(50_300);
        assertThat(controls.loop()).isEqualTo(TranscriptionControls.LoopState.OFF);
        assertThat(controls.currentLoop()).isEmpty();
        assertThat(controls.loop()).isEqualTo(TranscriptionControls.LoopState.START_MARKED);
    }

    @Test
    void seekingOutsideTheLoopEndsIt() {
        player.position = Duration.ofSeconds(10);
        controls.loop();
        player.position = Duration.ofSeconds(20);
        controls.loop();
        controls.seek(Duration.ofSeconds(15));
        assertThat(controls.currentLoop()).isPresent();
        controls.seek(Duration.ofSeconds(25));
        assertThat(controls.currentLoop()).isEmpty();
        assertThat(player.position).isEqualTo(Duration.ofSeconds(25));
    }

    @Test
    void loopBoundsStayWithinTheRecording() {
        assertThat(LoopRange.between(Duration.ofSeconds(590), Duration.ofSeconds(700), Duration.ofMinutes(10)))
                .contains(new LoopRange(Duration.ofSeconds(590), Duration.ofSeconds(600)));
        assertThat(LoopRange.between(Duration.ofSeconds(700), Duration.ofSeconds(800), Duration.ofMinutes(10))).isEmpty();
        assertThat(LoopRange.between(Duration.ofSeconds(-3), Duration.ofSeconds(2), Duration.ofMinutes(10)))
                .contains(new LoopRange(Duration.ZERO, Duration.ofSeconds(2)));
    }

    @Test
    void aClickedTimestampBeyondTheEndGoesToTheEnd() {
        controls.seek(Duration.ofHours(2));
        assertThat(player.position).isEqualTo(Duration.ofMinutes(10));
        controls.seek(Duration.ofSeconds(-1));
        assertThat(player.position).isEqualTo(Duration.ZERO);
    }
}
