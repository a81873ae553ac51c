package org.newsdesk.ui.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.text.Timecode;

/** Which paragraph follow mode marks; playback settings kept as text; timecodes. */
class FollowAndSettingsTest {

    private static final List<Duration> STARTS = Arrays.asList(null, Duration.ofSeconds(5), null,
            Duration.ofSeconds(20), Duration.ofSeconds(12));

    @ParameterizedTest
    @CsvSource({"0,-1", "4999,-1", "5000,1", "11999,1", "12000,4", "19999,4", "20000,3", "999000,3"})
    void theParagraphWithTheLatestStartNotAfterThePositionIsHeard(long millis, int paragraph) {
        assertThat(FollowIndex.paragraphAt(STARTS, Duration.ofMillis(millis))).isEqualTo(paragraph);
    }

    @Test
    void settingsReadBackAndBadValuesTakeDefaults() {
        PlaybackSettings s = new PlaybackSettings(KeyMap.defaults().without(PlaybackAction.LOOP, 0),
                Duration.ofMillis(4500), Duration.ofSeconds(2));
        assertThat(PlaybackSettings.decode(s.encode())).isEqualTo(s);
        PlaybackSettings bad = PlaybackSettings.decode("step=99999\nrewind=-5\n");
        assertThat(bad.step()).isEqualTo(PlaybackSettings.defaults().step());
        assertThat(bad.rewind()).isEqualTo(PlaybackSettings.defaults().rewind());
    }

    @ParameterizedTest
    @CsvSource({"0,[00:00:00]", "754999,[00:12:34]", "3723000,[01:02:03]", "-5,[00:00:00]"})
    void timestampMarksShowHoursMinutesSeconds(long millis, String mark) {
        assertThat(Timecode.mark(Duration.ofMillis(millis))).isEqualTo(mark);
    }
}
