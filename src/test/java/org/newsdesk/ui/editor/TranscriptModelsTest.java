package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;

/** The transcript's model built again after edits: the same as a fresh build, unchanged paragraphs reused. */
class TranscriptModelsTest {

    private static final List<Paragraph> STORY = List.of(
            new Paragraph("a", "host", List.of(Span.plain("港口的渡輪"), Span.styled("清晨", SpanStyle.BOLD))),
            new Paragraph("b", "guest", List.of(Span.plain("每天六點開出。")), Duration.ofSeconds(12)),
            new Paragraph("c", null, List.of(Span.plain("（記者手記）"))));

    @Test
    void anEditedDocumentBuildsLikeAFreshOneAndReusesWhatItDidNotTouch() {
        TranscriptModels models = new TranscriptModels();
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> doc = TranscriptDocument.toDocument(STORY);
        List<Paragraph> first = models.toModel(doc.getParagraphs());
        assertThat(first).isEqualTo(TranscriptDocument.toModel(doc.getParagraphs()));
        assertThat(first).extracting(Paragraph::text).containsExactly("港口的渡輪清晨", "每天六點開出。", "（記者手記）");

        // one character typed into the second paragraph
        int inSecond = doc.getParagraph(0).length() + 1 + 2;
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> typed = doc.replace(inSecond, inSecond, text("都"))._1;
        List<Paragraph> second = models.toModel(typed.getParagraphs());
        assertThat(second).isEqualTo(TranscriptDocument.toModel(typed.getParagraphs()));
        assertThat(second.get(1).text()).isEqualTo("每天都六點開出。");
        assertThat(second.get(0)).isSameAs(first.get(0));
        assertThat(second.get(2)).isSameAs(first.get(2));
        assertThat(second.get(1)).isNotSameAs(first.get(1));

        // Enter in the middle of it: both halves have its start in the area, only the first keeps it
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> split = typed.replace(inSecond + 1, inSecond + 1, text("\n"))._1;
        List<Paragraph> third = models.toModel(split.getParagraphs());
        assertThat(third).isEqualTo(TranscriptDocument.toModel(split.getParagraphs()));
        assertThat(third).extracting(Paragraph::start).containsExactly(null, Duration.ofSeconds(12), null, null);
        assertThat(third.get(0)).isSameAs(first.get(0));
        assertThat(third.get(3)).isSameAs(first.get(2));

        // an older snapshot built after a newer one is still built as it was
        assertThat(models.toModel(doc.getParagraphs())).isEqualTo(first);
    }

    private static ReadOnlyStyledDocument<ParStyle, String, TextStyle> text(String s) {
        return ReadOnlyStyledDocument.fromString(s, ParStyle.NARRATION, TextStyle.PLAIN, SegmentOps.styledTextOps());
    }
}
