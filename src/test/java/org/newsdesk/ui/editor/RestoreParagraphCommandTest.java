package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A paragraph put back from an older revision: in place, between two paragraphs, at the end, or
 * taken out; styles and speaker kept; each one undo step; refused when the transcript changed.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreParagraphCommandTest {

    private TranscriptArea area;
    private RestoreParagraphCommand command;
    private final Paragraph question = new Paragraph("p1", "host", List.of(Span.plain("請談談老舊小區改造。")));
    private final Paragraph answer = new Paragraph("p2", "guest", List.of(Span.plain("今年改造了"),
            Span.styled("四十個", SpanStyle.BOLD), Span.plain("小區。")));
    private final Paragraph closing = new Paragraph("p3", null, List.of(Span.plain("（訪談結束）")));

    @Start
    void start(Stage stage) {
        area = new TranscriptArea();
        command = new RestoreParagraphCommand(area, new TranscriptCommands(area, List::of));
        stage.setScene(new Scene(area, 400, 300));
        stage.show();
    }

    private List<Paragraph> load(FxRobot robot, Paragraph... paragraphs) {
        robot.interact(() -> {
            area.replace(0, area.getLength(), TranscriptDocument.toDocument(List.of(paragraphs)));
            area.getUndoManager().forgetHistory();
        });
        return model(robot);
    }

    private List<Paragraph> model(FxRobot robot) {
        AtomicReference<List<Paragraph>> out = new AtomicReference<>();
        robot.interact(() -> out.set(TranscriptDocument.toModel(area.getParagraphs())));
        return out.get();
    }

    private boolean apply(FxRobot robot, int from, int remove, List<Paragraph> insert, List<Paragraph> expected) {
        AtomicBoolean done = new AtomicBoolean();
        robot.interact(() -> done.set(command.apply(new org.newsdesk.workflow.revisions.ParagraphRestore.Edit(from, remove, insert),
                expected)));
        return done.get();
    }

    private void undoOnce(FxRobot robot) {
        robot.interact(() -> area.undo());
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            out.add(p.speakerKey() + ":" + p.text());
        }
        return out;
    }

    private static void assertSame(List<Paragraph> actual, Paragraph... expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i).sameContentAs(expected[i])).as(i + ": " + texts(actual)).isTrue();
        }
    }

    @Test
    void aChangedParagraphIsReplacedWithStylesAndSpeakerAndOneUndoTakesItBack(FxRobot robot) {
        Paragraph edited = new Paragraph("p2", "host", List.of(Span.plain("今年改造了三十個小區。")));
        List<Paragraph> before = load(robot, question, edited, closing);

        assertThat(apply(robot, 1, 1, List.of(answer), before)).isTrue();
        assertSame(model(robot), question, answer, closing);

        undoOnce(robot);
        assertSame(model(robot), question, edited, closing);
    }

    @Test
    void aDeletedParagraphComesBackBetweenItsNeighbours(FxRobot robot) {
        List<Paragraph> before = load(robot, question, closing);

        assertThat(apply(robot, 1, 0, List.of(answer), before)).isTrue();
        assertSame(model(robot), question, answer, closing);

        undoOnce(robot);
        assertSame(model(robot), question, closing);
    }

    @Test
    void aDeletedParagraphComesBackAtTheTopAndAtTheEnd(FxRobot robot) {
        List<Paragraph> before = load(robot, answer);

        assertThat(apply(robot, 0, 0, List.of(question), before)).isTrue();
        assertSame(model(robot), question, answer);
        assertThat(apply(robot, 2, 0, List.of(closing), model(robot))).isTrue();
        assertSame(model(robot), question, answer, closing);

        undoOnce(robot);
        assertSame(model(robot), question, answer);
    }

    @Test
    void aParagraphAddedSinceIsTakenOutInTheMiddleAndAtTheEnd(FxRobot robot) {
        List<Paragraph> before = load(robot, question, answer, closing);

        assertThat(apply(robot, 1, 1, List.of(), before)).isTrue();
        assertSame(model(robot), question, closing);
        assertThat(apply(robot, 1, 1, List.of(), model(robot))).isTrue();
        assertSame(model(robot), question);

        undoOnce(robot);
        assertSame(model(robot), question, closing);
    }

    @Test
    void nothingChangesWhenTheTranscriptIsNoLongerWhatTheEditWasWorkedOutOn(FxRobot robot) {
        List<Paragraph> before = load(robot, question, answer);
        robot.interact(() -> area.insertText(0, "嗯，"));

        assertThat(apply(robot, 1, 1, List.of(closing), before)).isFalse();
        assertThat(texts(model(robot))).containsExactly("host:嗯，請談談老舊小區改造。", "guest:今年改造了四十個小區。");
    }
}
