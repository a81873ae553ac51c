package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.proof.Proofreader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Fix all conversion errors in the transcript: one change, styles kept, one undo takes it back. */
@ExtendWith(ApplicationExtension.class)
class ConversionFixCommandTest {

    private TranscriptArea area;

    @Start
    void start(Stage stage) {
        area = new TranscriptArea();
        stage.setScene(new Scene(area, 400, 300));
        stage.show();
    }

    private List<Paragraph> model(FxRobot robot) {
        AtomicReference<List<Paragraph>> out = new AtomicReference<>();
        robot.interact(() -> out.set(TranscriptDocument.toModel(area.getParagraphs())));
        return out.get();
    }

    @Test
    void allErrorsAreFixedInOneUndoStepWithStylesKept(FxRobot robot) {
        List<Paragraph> before = List.of(
                new Paragraph("a", "guest", List.of(Span.plain("我們要有乾"), Span.styled("事創業", SpanStyle.BOLD),
                        Span.plain("的熱情。"))),
                new Paragraph("b", "guest", List.of(Span.timestamp("[00:00:05]", Duration.ofSeconds(5)),
                        Span.plain("抽調精乾人員，打通最後一公裡，服務不斷提昇。"))));
        robot.interact(() -> {
            area.replace(0, area.getLength(), TranscriptDocument.toDocument(before));
            area.getUndoManager().forgetHistory();
        });
        AtomicInteger fixed = new AtomicInteger();
        robot.interact(() -> fixed.set(new ConversionFixCommand(area, Proofreader.shipped()).fixAll()));
        assertThat(fixed.get()).isEqualTo(4);
        List<Paragraph> after = model(robot);
        assertThat(after.get(0).spans()).containsExactly(Span.plain("我們要有幹"), Span.styled("事創業", SpanStyle.BOLD),
                Span.plain("的熱情。"));
        assertThat(after.get(1).text()).isEqualTo("[00:00:05]抽調精幹人員，打通最後一公里，服務不斷提升。");
        assertThat(after.get(1).spans().get(0).time()).isEqualTo(Duration.ofSeconds(5));

        robot.interact(() -> area.undo());
        assertThat(model(robot).get(0).text()).isEqualTo("我們要有乾事創業的熱情。");
        assertThat(model(robot).get(1).text()).isEqualTo("[00:00:05]抽調精乾人員，打通最後一公裡，服務不斷提昇。");
        robot.interact(() -> area.redo());
        assertThat(model(robot).get(1).text()).isEqualTo("[00:00:05]抽調精幹人員，打通最後一公里，服務不斷提升。");
    }

    @Test
    void cleanOrSimplifiedTextIsLeftAloneWithoutAnUndoStep(FxRobot robot) {
        robot.interact(() -> {
            area.replace(0, area.getLength(), TranscriptDocument.toDocument(List.of(Paragraph.of("g", "我们要有干事创业的热情。"))));
            area.getUndoManager().forgetHistory();
        });
        AtomicInteger fixed = new AtomicInteger(-1);
        robot.interact(() -> fixed.set(new ConversionFixCommand(area, Proofreader.shipped()).fixAll()));
        assertThat(fixed.get()).isZero();
        AtomicReference<Boolean> undoable = new AtomicReference<>();
        robot.interact(() -> undoable.set(area.isUndoAvailable()));
        assertThat(undoable.get()).isFalse();
    }
}
