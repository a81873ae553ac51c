package org.newsdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.model.SampleInterview.GUEST;
import static org.newsdesk.model.SampleInterview.HOST;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphTest {

    @Test
    void emptySpansAreDropped() {
        Paragraph p = new Paragraph("p1", HOST, List.of(
                Span.plain(""), Span.plain("您好。"), Span.styled("", SpanStyle.BOLD), Span.plain("")));

        assertThat(p.spans()).containsExactly(Span.plain("您好。"));
    }

    @Test
    void neighboursWithEqualStylesAreMerged() {
        Paragraph p = new Paragraph("p1", GUEST, List.of(
                Span.plain("到六月底，"),
                Span.plain("全区已有"),
                Span.styled("九成", SpanStyle.BOLD, SpanStyle.ITALIC),
                Span.styled("", SpanStyle.NOTE),
                new Span("以上", EnumSet.of(SpanStyle.ITALIC, SpanStyle.BOLD)),
                Span.plain("的村通了光纤。")));

        assertThat(p.spans()).containsExactly(
                Span.plain("到六月底，全区已有"),
                Span.styled("九成以上", SpanStyle.BOLD, SpanStyle.ITALIC),
                Span.plain("的村通了光纤。"));
    }

    @Test
    void neighboursWithDifferentStylesStaySeparate() {
        List<Span> spans = List.of(
                Span.styled("[00:01:05]", SpanStyle.TIMESTAMP),
                Span.plain("好。"),
                Span.styled("待核", SpanStyle.NOTE));

        assertThat(new Paragraph("p1", HOST, spans).spans()).containsExactlyElementsOf(spans);
    }

    @Test
    void nullOrEmptySpansGiveAnEmptyParagraph() {
        assertThat(new Paragraph("p1", HOST, null).spans()).isEmpty();
        assertThat(new Paragraph("p1", HOST, List.of()).text()).isEmpty();
        assertThat(new Paragraph("p1", HOST, List.of(Span.plain(""), Span.plain(""))).spans()).isEmpty();
    }

    @Test
    void spansCannotBeChangedAfterwards() {
        List<Span> source = new ArrayList<>(List.of(Span.plain("大家好。")));
        Paragraph p = new Paragraph("p1", HOST, source);
        source.add(Span.plain("追加"));

        assertThat(p.text()).isEqualTo("大家好。");
        assertThatThrownBy(() -> p.spans().add(Span.plain("x"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void idIsRequired() {
        assertThatThrownBy(() -> new Paragraph(null, HOST, List.of())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void textConcatenatesAllSpans() {
        Paragraph p = new Paragraph("p1", GUEST, List.of(
                Span.styled("[00:01:05]", SpanStyle.TIMESTAMP),
                Span.plain("全区已有"),
                Span.styled("九成以上", SpanStyle.BOLD),
                Span.plain("的村通了光纤。")));

        assertThat(p.text()).isEqualTo("[00:01:05]全区已有九成以上的村通了光纤。");
        assertThat(Paragraph.of(HOST, "您好。").text()).isEqualTo("您好。");
    }

    @Test
    void narrationHasNoSpeaker() {
        Paragraph p = Paragraph.narration("（片头音乐）");

        assertThat(p.isNarration()).isTrue();
        assertThat(p.speakerKey()).isNull();
        assertThat(Paragraph.of(HOST, "您好。").isNarration()).isFalse();
    }

    @Test
    void newIdsAreDistinct() {
        assertThat(Paragraph.of(HOST, "同样的话").id()).isNotEqualTo(Paragraph.of(HOST, "同样的话").id());
    }

    @Test
    void sameContentIgnoresIdsAndHowRunsWereSplit() {
        Paragraph a = new Paragraph("a", HOST, List.of(Span.plain("网费"), Span.plain("贵吗？")));
        Paragraph b = Paragraph.of(HOST, "网费贵吗？");

        assertThat(a.sameContentAs(b)).isTrue();
        assertThat(b.sameContentAs(a)).isTrue();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void sameContentComparesSpeakerTextAndStyles() {
        Paragraph base = Paragraph.of(HOST, "网费贵吗？");

        assertThat(base.sameContentAs(base.withSpeaker(GUEST))).as("other speaker").isFalse();
        assertThat(base.sameContentAs(base.withSpeaker(null))).as("narration").isFalse();
        assertThat(base.sameContentAs(Paragraph.of(HOST, "网费贵吗?"))).as("half-width question mark").isFalse();
        assertThat(base.sameContentAs(new Paragraph("x", HOST, List.of(Span.styled("网费贵吗？", SpanStyle.BOLD)))))
                .as("bold").isFalse();
        assertThat(Paragraph.narration("（音乐）").sameContentAs(Paragraph.narration("（音乐）")))
                .as("two narrations").isTrue();
    }

    @Test
    void withIdAndWithSpeakerKeepTheRest() {
        Paragraph p = new Paragraph("a", HOST, List.of(Span.plain("网费"), Span.styled("贵吗？", SpanStyle.BOLD)));

        Paragraph renamed = p.withId("b");
        assertThat(renamed.id()).isEqualTo("b");
        assertThat(renamed.sameContentAs(p)).isTrue();

        Paragraph moved = p.withSpeaker(GUEST);
        assertThat(moved.id()).isEqualTo("a");
        assertThat(moved.speakerKey()).isEqualTo(GUEST);
        assertThat(moved.spans()).isEqualTo(p.spans());
    }
}
