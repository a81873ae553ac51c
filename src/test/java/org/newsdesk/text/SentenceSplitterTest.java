package org.newsdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;

class SentenceSplitterTest {

    @Test
    void shortTextStaysWhole() {
        assertThat(SentenceSplitter.split("一句話。", 2000)).containsExactly("一句話。");
    }

    @Test
    void cutsAfterTheLastSentenceEndWithinTheLimit() {
        String text = "第一句。第二句！第三句很長很長";
        assertThat(SentenceSplitter.split(text, 10)).containsExactly("第一句。第二句！", "第三句很長很長");
    }

    @Test
    void keepsAClosingQuoteWithItsSentence() {
        assertThat(SentenceSplitter.split("他說：「好。」然後走了很遠很遠", 9)).containsExactly("他說：「好。」", "然後走了很遠很遠");
    }

    @Test
    void cutsHardWhenThereIsNoSentenceEndAndNeverInsideASurrogatePair() {
        String text = "𠀀".repeat(10); // characters outside the BMP: two chars each
        List<String> pieces = SentenceSplitter.split(text, 5);
        assertThat(String.join("", pieces)).isEqualTo(text);
        for (String piece : pieces) {
            assertThat(piece.length()).isLessThanOrEqualTo(5);
            assertThat(Character.isLowSurrogate(piece.charAt(0))).isFalse();
        }
    }

    @Test
    void randomTextSplitsIntoPiecesWithinTheLimitThatJoinBack() {
        Random random = new Random(42);
        String alphabet = "天津市科委創新創業政策。！？，.!? ab";
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(6000);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> pieces = SentenceSplitter.split(sb.toString(), SentenceSplitter.MAX_PARAGRAPH_LENGTH);
            assertThat(String.join("", pieces)).isEqualTo(sb.toString());
            assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
        }
    }

    @Test
    void styledRunsKeepTheirStylesAcrossTheCut() {
        List<Span> spans = List.of(Span.plain("一二三。"), Span.styled("四五六。七", SpanStyle.BOLD));
        List<List<Span>> pieces = SentenceSplitter.split(spans, 6);
        assertThat(pieces).hasSize(2);
        assertThat(pieces.get(0)).containsExactly(Span.plain("一二三。"));
        assertThat(pieces.get(1)).containsExactly(Span.styled("四五六。七", SpanStyle.BOLD));
        List<List<Span>> inside = SentenceSplitter.split(spans, 8);
        assertThat(inside.get(0)).containsExactly(Span.plain("一二三。"), Span.styled("四五六。", SpanStyle.BOLD));
        assertThat(inside.get(1)).containsExactly(Span.styled("七", SpanStyle.BOLD));
    }
}
