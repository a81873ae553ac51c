package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;

class StyleRunsTest {

    @Test
    void mixedStylesEncodeToRunLengthsAndLetters() {
        List<Span> spans = List.of(
                Span.plain("主持人好。"),
                Span.styled("九成", SpanStyle.BOLD),
                Span.styled("[00:12:34]", SpanStyle.TIMESTAMP),
                Span.styled("听不清", SpanStyle.UNCERTAIN, SpanStyle.ITALIC),
                Span.styled("待核", SpanStyle.NOTE, SpanStyle.BOLD, SpanStyle.ITALIC, SpanStyle.TIMESTAMP,
                        SpanStyle.UNCERTAIN),
                Span.plain("。"));

        String runs = StyleRuns.encode(spans);

        assertThat(runs).isEqualTo("5,2b,10t,3iu,2bitun,1");
        assertThat(StyleRuns.decode(text(spans), runs)).isEqualTo(spans);
    }

    @Test
    void everySampleParagraphRoundTrips() {
        for (Paragraph p : SampleInterview.paragraphs()) {
            String runs = StyleRuns.encode(p.spans());
            assertThat(new Paragraph(p.id(), p.speakerKey(), StyleRuns.decode(p.text(), runs)))
                    .as(p.text()).isEqualTo(p);
        }
    }

    @Test
    void plainParagraphEncodesToNothing() {
        List<Span> plain = Paragraph.of("host", "李主任，您好。").spans();

        assertThat(StyleRuns.encode(plain)).isEmpty();
        assertThat(StyleRuns.decode("李主任，您好。", "")).isEqualTo(plain);
        assertThat(StyleRuns.decode("李主任，您好。", null)).isEqualTo(plain);
    }

    @Test
    void emptyParagraphEncodesToNothing() {
        assertThat(StyleRuns.encode(List.of())).isEmpty();
        assertThat(StyleRuns.decode("", "")).isEmpty();
    }

    @Test
    void singleStyledSpan() {
        List<Span> bold = List.of(Span.styled("重要", SpanStyle.BOLD));

        assertThat(StyleRuns.encode(bold)).isEqualTo("2b");
        assertThat(StyleRuns.decode("重要", "2b")).isEqualTo(bold);
    }

    @Test
    void lengthsCountUtf16UnitsSoSupplementaryCharactersRoundTrip() {
        // 𠀀 (U+20000) is one character but two UTF-16 units
        List<Span> spans = List.of(Span.plain("姓\uD840\uDC00"), Span.styled("的", SpanStyle.BOLD));

        String runs = StyleRuns.encode(spans);

        assertThat(runs).isEqualTo("3,1b");
        assertThat(StyleRuns.decode(text(spans), runs)).isEqualTo(spans);
    }

    @Test
    void textBeyondTheRunsIsPlain() {
        assertThat(StyleRuns.decode("重要的话", "2b"))
                .containsExactly(Span.styled("重要", SpanStyle.BOLD), Span.plain("的话"));
    }

    @Test
    void unknownStyleLetterIsRejected() {
        assertThatThrownBy(() -> StyleRuns.decode("重要", "2x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static String text(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
