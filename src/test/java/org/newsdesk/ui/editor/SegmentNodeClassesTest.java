package org.newsdesk.ui.editor;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.SpanStyle;

import static org.assertj.core.api.Assertions.assertThat;

/** The style classes a transcript segment's text node gets, built once per combination of styles. */
class SegmentNodeClassesTest {

    @Test
    void everyCombinationGetsItsOwnClassesOnce() {
        assertThat(TranscriptArea.nodeClasses(TextStyle.PLAIN)).containsExactly("transcript-text");
        TextStyle boldError = new TextStyle(EnumSet.of(SpanStyle.BOLD)).withProof(TextStyle.ProofMark.ERROR);
        assertThat(TranscriptArea.nodeClasses(boldError)).containsExactly("transcript-text", "span-bold", "proof-error");
        assertThat(TranscriptArea.nodeClasses(boldError)).isSameAs(TranscriptArea.nodeClasses(
                new TextStyle(Set.of(SpanStyle.BOLD)).withProof(TextStyle.ProofMark.ERROR)));
        assertThat(TranscriptArea.nodeClasses(new TextStyle(Set.of(SpanStyle.BOLD)).withProof(TextStyle.ProofMark.WARNING)))
                .containsExactly("transcript-text", "span-bold", "proof-warning");
        assertThat(TranscriptArea.nodeClasses(new TextStyle(Set.of(SpanStyle.BOLD, SpanStyle.ITALIC))))
                .containsExactlyInAnyOrder("transcript-text", "span-bold", "span-italic");
        // timestamps at different times share their classes
        TextStyle at12 = new TextStyle(Set.of(SpanStyle.TIMESTAMP), Duration.ofSeconds(12));
        TextStyle at99 = new TextStyle(Set.of(SpanStyle.TIMESTAMP), Duration.ofSeconds(99));
        assertThat(TranscriptArea.nodeClasses(at12)).containsExactly("transcript-text", "span-timestamp")
                .isSameAs(TranscriptArea.nodeClasses(at99));
        // every style alone and with an underline: never another combination's classes
        for (SpanStyle s : SpanStyle.values()) {
            for (TextStyle.ProofMark mark : new TextStyle.ProofMark[] {null, TextStyle.ProofMark.ERROR, TextStyle.ProofMark.WARNING}) {
                TextStyle style = new TextStyle(Set.of(s)).withProof(mark);
                assertThat(TranscriptArea.nodeClasses(style)).as(style.toString())
                        .containsExactlyInAnyOrderElementsOf(concat(style));
            }
        }
    }

    private static java.util.List<String> concat(TextStyle style) {
        java.util.List<String> all = new java.util.ArrayList<>(style.cssClasses());
        all.add(0, "transcript-text");
        return all;
    }
}
