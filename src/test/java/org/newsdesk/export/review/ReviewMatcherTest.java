package org.newsdesk.export.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.newsdesk.export.DocxStamp;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Story;

class ReviewMatcherTest {

    private final Story story = ReviewFixtures.interview();

    private List<Suggestion> suggestions(byte[] docx) {
        ReviewedDocument doc = ReviewedDocument.read(new ByteArrayInputStream(docx));
        assertThat(doc.storyId()).isEqualTo(story.id());
        assertThat(doc.revision()).isEqualTo(3);
        return ReviewMatcher.suggestions(story, doc);
    }

    @Test
    void anUntouchedDocumentSuggestsNothing() {
        assertThat(suggestions(ReviewFixtures.exported(story))).isEmpty();
    }

    @Test
    void trackedChangesBecomeChangesWithTheirAuthor() throws Exception {
        byte[] docx = ReviewFixtures.edited(ReviewFixtures.exported(story), doc ->
                ReviewFixtures.trackedReplace(ReviewFixtures.paragraph(doc, "专项资金"),
                        "我们每年安排两亿元专项资金支持青年科技人才。", "局办公室"));
        List<Suggestion> s = suggestions(docx);
        assertThat(s).singleElement().satisfies(one -> {
            assertThat(one.kind()).isEqualTo(Suggestion.Kind.CHANGE);
            assertThat(one.paragraphId()).isEqualTo("p5");
            assertThat(one.after()).isEqualTo("我们每年安排两亿元专项资金支持青年科技人才。");
            assertThat(one.authors()).containsExactly("局办公室");
            assertThat(one.tracked()).isTrue();
        });
    }

    @Test
    void changesTrackedInsideAParagraphAsLibreOfficeWritesThemComeBackWholeWithTheirAuthor() throws Exception {
        byte[] docx = ReviewFixtures.edited(ReviewFixtures.exported(story), doc -> {
            ReviewFixtures.trackedReplaceInside(ReviewFixtures.paragraph(doc, "大家交流"), "很高兴和大家交流",
                    "很高兴和各位网友交流", "市科技局办公室");
            ReviewFixtures.trackedReplaceInside(ReviewFixtures.paragraph(doc, "专项资金"), "专项资金支持",
                    "两亿元专项资金支持", "市科技局办公室");
        });
        List<Suggestion> s = suggestions(docx);
        assertThat(s).extracting(Suggestion::paragraphId).containsExactly("p2", "p5");
        assertThat(s).extracting(Suggestion::before).containsExactly(
                "谢谢主持人，很高兴和大家交流。", "我们每年安排专项资金支持青年科技人才。");
        assertThat(s).extracting(Suggestion::after).containsExactly(
                "谢谢主持人，很高兴和各位网友交流。", "我们每年安排两亿元专项资金支持青年科技人才。");
        assertThat(s).allSatisfy(one -> {
            assertThat(one.kind()).isEqualTo(Suggestion.Kind.CHANGE);
            assertThat(one.authors()).containsExactly("市科技局办公室");
            assertThat(one.tracked()).isTrue();
        });
    }

    @Test
    void plainEditsInsertedAndRemovedParagraphsAreFoundWithoutShiftingTheOthers() throws Exception {
        byte[] docx = ReviewFixtures.edited(ReviewFixtures.exported(story), doc -> {
            ReviewFixtures.plainReplace(ReviewFixtures.paragraph(doc, "很高兴"), "谢谢主持人，很高兴和各位网友交流。");
            XWPFParagraph gone = ReviewFixtures.paragraph(doc, "人才政策");
            doc.removeBodyElement(doc.getPosOfParagraph(gone));
            XWPFParagraph added = doc.insertNewParagraph(ReviewFixtures.paragraph(doc, "专项资金").getCTP().newCursor());
            added.setStyle(DocxStamp.TRANSCRIPT_STYLE);
            added.createRun().setText("此外，我们还设立了创新券制度。");
            doc.getProperties().getCoreProperties().setLastModifiedByUser("秘书处");
        });
        List<Suggestion> s = suggestions(docx);
        assertThat(s).extracting(Suggestion::kind).containsExactly(
                Suggestion.Kind.CHANGE, Suggestion.Kind.DELETE, Suggestion.Kind.INSERT);
        assertThat(s.get(0).paragraphId()).isEqualTo("p2");
        assertThat(s.get(0).authors()).containsExactly("秘书处");
        assertThat(s.get(1).paragraphId()).isEqualTo("p4");
        assertThat(s.get(2).after()).isEqualTo("此外，我们还设立了创新券制度。");
        assertThat(s.get(2).speakerKey()).isEqualTo("host");
    }

    @Test
    void acceptingAChangeKeepsTheMarksAndNotesOfTheParagraph() throws Exception {
        byte[] docx = ReviewFixtures.edited(ReviewFixtures.exported(story), doc ->
                ReviewFixtures.trackedReplace(ReviewFixtures.paragraph(doc, "三项工作"),
                        "今年我们重点推进四项工作，第一项听不清，第二是人才引进。", "局办公室"));
        Suggestion s = suggestions(docx).get(0);
        var edit = SuggestionEdits.accept(story.paragraphs(), s).orElseThrow();
        Paragraph changed = edit.insert().get(0);
        assertThat(changed.id()).isEqualTo("p3");
        assertThat(changed.text()).contains("四项工作").contains("核对数字");
        assertThat(changed.spans()).anySatisfy(sp -> {
            assertThat(sp.text()).isEqualTo("第一项听不清");
            assertThat(sp.has(SpanStyle.UNCERTAIN)).isTrue();
        });
        assertThat(changed.spans()).anySatisfy(sp -> assertThat(sp.has(SpanStyle.NOTE)).isTrue());
    }

    @Test
    void aParagraphEditedSinceTheRevisionIsNotOverwritten() throws Exception {
        byte[] docx = ReviewFixtures.edited(ReviewFixtures.exported(story), doc ->
                ReviewFixtures.plainReplace(ReviewFixtures.paragraph(doc, "专项资金"), "改过的文字。"));
        Suggestion s = suggestions(docx).get(0);
        List<Paragraph> now = new java.util.ArrayList<>(story.paragraphs());
        now.set(4, Paragraph.of("guest", "编辑已改。").withId("p5"));
        assertThat(SuggestionEdits.accept(now, s)).isEmpty();
    }

    @Test
    void aDocumentNewsdeskDidNotWriteIsRefused() throws Exception {
        byte[] foreign;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("别处的文件");
            doc.write(out);
            foreign = out.toByteArray();
        }
        assertThatThrownBy(() -> ReviewedDocument.read(new ByteArrayInputStream(foreign)))
                .isInstanceOf(ReviewProblem.class)
                .satisfies(e -> assertThat(((ReviewProblem) e).problem()).isEqualTo(ReviewProblem.Problem.NOT_OURS));
        assertThatThrownBy(() -> ReviewedDocument.read(new ByteArrayInputStream("not a zip".getBytes())))
                .satisfies(e -> assertThat(((ReviewProblem) e).problem()).isEqualTo(ReviewProblem.Problem.UNREADABLE));
    }
}
