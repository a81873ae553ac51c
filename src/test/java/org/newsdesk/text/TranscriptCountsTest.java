package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Paragraph;

class TranscriptCountsTest {

    @Test
    void countsPerSpeakerAndLeavesNarrationOutOfTheShares() {
        TranscriptCounts counts = TranscriptCounts.of(List.of(
                Paragraph.narration("以下是实录"),
                Paragraph.of("host", "请问？"),
                Paragraph.of("li", "回答一二三四五。"),
                Paragraph.of("li", "OK")));

        assertThat(counts.characters()).isEqualTo(5 + 3 + 8 + 1);
        assertThat(counts.paragraphs()).isEqualTo(4);
        assertThat(counts.bySpeaker()).containsEntry("host", 3).containsEntry("li", 9).hasSize(2);
        assertThat(counts.percentOf("li")).isEqualTo(53);
        assertThat(counts.percentOf("nobody")).isZero();
    }

    @Test
    void emptyTranscriptHasNoShares() {
        TranscriptCounts counts = TranscriptCounts.of(List.of());
        assertThat(counts.characters()).isZero();
        assertThat(counts.percentOf("host")).isZero();
    }
}
