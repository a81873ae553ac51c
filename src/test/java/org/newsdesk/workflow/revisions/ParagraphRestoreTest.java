package org.newsdesk.workflow.revisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Story;

/** Putting one paragraph of an older revision back: in place, after its old neighbour, or taken out. */
class ParagraphRestoreTest {

    private static final UUID ID = UUID.randomUUID();
    private final Paragraph question = new Paragraph("p1", "host", List.of(Span.plain("請談談社區食堂的進展。")));
    private final Paragraph answer = new Paragraph("p2", "guest", List.of(Span.plain("今年新開了"),
            Span.styled("十二家", SpanStyle.BOLD), Span.plain("，覆蓋九個街道。")));
    private final Paragraph thanks = new Paragraph("p3", "guest", List.of(Span.plain("感謝各位居民的支持。")));

    private static Story story(Paragraph... paragraphs) {
        return new Story(ID, "", null, null, List.of(), List.of(paragraphs), 1, 1, null, null);
    }

    @Test
    void aChangedParagraphComesBackInPlaceWithItsStylesAndSpeaker() {
        Paragraph edited = new Paragraph("p2", "host", List.of(Span.plain("今年新開了十家，覆蓋八個街道。")));
        Story older = story(question, answer, thanks);
        Story current = story(question, edited, thanks);

        ParagraphRestore.Edit edit = ParagraphRestore.of(older, current, "p2").orElseThrow();

        assertThat(edit).isEqualTo(new ParagraphRestore.Edit(1, 1, List.of(answer)));
        assertThat(ParagraphRestore.apply(current.paragraphs(), edit)).containsExactly(question, answer, thanks);
    }

    @Test
    void aDeletedParagraphComesBackAfterTheNearestEarlierParagraphBothStillHave() {
        Paragraph added = Paragraph.of("host", "還有什麼想對居民說的？");
        Story older = story(question, answer, thanks);
        Story current = story(question, added, thanks);

        ParagraphRestore.Edit edit = ParagraphRestore.of(older, current, "p2").orElseThrow();

        assertThat(edit).isEqualTo(new ParagraphRestore.Edit(1, 0, List.of(answer)));
        assertThat(ParagraphRestore.apply(current.paragraphs(), edit)).containsExactly(question, answer, added, thanks);
    }

    @Test
    void aDeletedFirstParagraphComesBackAtTheTop() {
        Story older = story(question, answer);
        Story current = story(answer);

        assertThat(ParagraphRestore.of(older, current, "p1")).contains(new ParagraphRestore.Edit(0, 0, List.of(question)));
    }

    @Test
    void aParagraphTheOlderRevisionDidNotHaveIsTakenOut() {
        Paragraph added = Paragraph.of("host", "還有什麼想對居民說的？");
        Story older = story(question, answer);
        Story current = story(question, added, answer);

        ParagraphRestore.Edit edit = ParagraphRestore.of(older, current, added.id()).orElseThrow();

        assertThat(edit).isEqualTo(new ParagraphRestore.Edit(1, 1, List.of()));
        assertThat(ParagraphRestore.apply(current.paragraphs(), edit)).containsExactly(question, answer);
    }

    @Test
    void nothingToDoWhenTheParagraphIsAsItWasOrInNeither() {
        Story older = story(question, answer);
        Story current = story(question, answer.withId("p2"));

        assertThat(ParagraphRestore.of(older, current, "p2")).isEmpty();
        assertThat(ParagraphRestore.of(older, current, "nowhere")).isEmpty();
    }
}
