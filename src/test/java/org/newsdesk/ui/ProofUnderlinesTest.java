package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.ProofField;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TextStyle;
import org.newsdesk.ui.editor.TranscriptArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Findings underlined in the transcript (a style on the text that is never saved and never an undo
 * step), marked on metadata fields and fixed there, and the panel folding to its header while
 * nothing is found.
 */
@ExtendWith(ApplicationExtension.class)
class ProofUnderlinesTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void findingsAreUnderlinedOnlyWhereTheyAreAndNeverSaved(FxRobot robot) throws Exception {
        Story story;
        try (Store store = TestStores.fresh(dataFolder)) {
            story = store.stories().create(Metadata.withHeadline("社區圖書館延長開放時間"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                            new Speaker("guest1", "梁文舟", "梁文舟", "館長", SpeakerRole.GUEST)),
                    List.of(Paragraph.of("host", "請介紹一下今年的變化。"),
                            Paragraph.of("guest1", "我們抽調精乾人員，打通服務的最後一公裡。"),
                            Paragraph.of("guest1", "讀者反映很好，借閱量比去年多了兩成。")));
            store.appState().put("ui.lastStory", story.id().toString());
        }
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, closed));
        TranscriptArea area = window.in(robot, "#transcript").query();
        waitUntil(() -> marks(robot, area, 1).equals("....EEEE........EEE."));
        assertThat(marks(robot, area, 0)).doesNotContain("E").doesNotContain("W");
        assertThat(marks(robot, area, 2)).doesNotContain("E").doesNotContain("W");
        // underlined, while the panel stays folded (its list is not even built)
        assertThat(read(robot, () -> window.in(robot, "#proofBody").tryQuery().isEmpty())).isTrue();

        // decoration is no edit: the underlines were drawn without an undo step
        assertThat(read(robot, () -> area.getUndoManager().isUndoAvailable())).isFalse();

        // a typo typed into the last paragraph: that paragraph alone is restyled
        AtomicInteger restyles = new AtomicInteger();
        robot.interact(() -> area.richChanges().filter(c -> c.isPlainTextIdentity()).subscribe(c -> restyles.incrementAndGet()));
        robot.interact(() -> area.insertText(2, area.getParagraphLength(2), "這己經很好"));
        waitUntil(() -> marks(robot, area, 2).contains("EE"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(restyles.get()).isEqualTo(1);
        assertThat(marks(robot, area, 1)).isEqualTo("....EEEE........EEE.");

        // undo still works after underlines were drawn over the typed text, and the marks follow
        robot.interact(area::undo);
        assertThat(read(robot, () -> area.getParagraph(2).getText())).isEqualTo("讀者反映很好，借閱量比去年多了兩成。");

        // fix all (the panel opened first): underlines go; the saved story holds no trace of them (one span per paragraph)
        robot.interact(() -> window.in(robot, "#proofToggle").queryAs(ToggleButton.class).fire());
        robot.clickOn("#proofFixAll");
        waitUntil(() -> !marks(robot, area, 1).contains("E"));
        window.close(robot);
        try (Store store = TestStores.fresh(dataFolder)) {
            Story saved = store.stories().get(story.id());
            assertThat(saved.paragraphs().get(1).text()).isEqualTo("我們抽調精幹人員，打通服務的最後一公里。");
            for (Paragraph p : saved.paragraphs()) {
                assertThat(p.spans()).hasSize(1);
            }
        }
    }

    @Test
    void metadataFindingsAreMarkedAndFixedAndThePanelStaysAsTheUserLeftIt(FxRobot robot) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story story = store.stories().create(Metadata.withHeadline("區長談老舊小區改造"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST)),
                    List.of(Paragraph.of("host", "今天請到了區長。")));
            store.appState().put("ui.lastStory", story.id().toString());
        }
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, closed));
        TextField headline = window.in(robot, "#headlineField").query();
        ToggleButton toggle = window.in(robot, "#proofToggle").query();
        // folded to its header, the list not even built
        waitUntil(() -> read(robot, () -> !headline.isDisabled() && !toggle.isSelected()
                && window.in(robot, "#proofBody").tryQuery().isEmpty()
                && !window.in(robot, "#proofSummary").queryLabeled().getText().isEmpty()));

        // a conversion error typed into the headline: the field is marked, the header counts it, the panel stays folded
        robot.interact(() -> headline.setText("區長談老舊小區改造的最後一公裡"));
        waitUntil(() -> read(robot, () -> headline.getStyleClass().contains("proof-field-error")
                && window.in(robot, "#proofSummary").queryLabeled().getText().startsWith("1 error")));
        assertThat(read(robot, () -> toggle.isSelected() || window.in(robot, "#proofBody").tryQuery().isPresent()))
                .isFalse();

        // the user opens it, folds it, and opens it again
        robot.interact(() -> toggle.fire());
        assertThat(read(robot, () -> body(robot).isVisible())).isTrue();
        robot.interact(() -> toggle.fire());
        assertThat(read(robot, () -> body(robot).isVisible())).isFalse();
        robot.interact(() -> toggle.fire());
        ListView<Finding> list = window.in(robot, "#proofFindings").queryListView();
        waitUntil(() -> read(robot, () -> list.getItems().stream().anyMatch(f -> f.field() == ProofField.HEADLINE)));

        // Fix works on the field; with nothing left the panel stays open as the user left it
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(f -> f.field() == ProofField.HEADLINE).findFirst().orElseThrow()));
        robot.clickOn("#proofFix");
        waitUntil(() -> read(robot, () -> headline.getText().equals("區長談老舊小區改造的最後一公里")
                && !headline.getStyleClass().contains("proof-field-error") && list.getItems().isEmpty()));
        assertThat(read(robot, () -> toggle.isSelected() && body(robot).isVisible())).isTrue();
        window.close(robot);
    }

    private javafx.scene.Node body(FxRobot robot) {
        return window.in(robot, "#proofBody").query();
    }

    /** One character a position: E error underline, W warning, . none. */
    private static String marks(FxRobot robot, TranscriptArea area, int paragraph) {
        return read(robot, () -> {
            if (paragraph >= area.getParagraphs().size()) {
                return "(the story has not reached paragraph " + paragraph + " yet)";
            }
            StringBuilder b = new StringBuilder();
            for (var seg : area.getParagraph(paragraph).getStyledSegments()) {
                TextStyle.ProofMark m = seg.getStyle().proof();
                b.append(String.valueOf(m == null ? '.' : m == TextStyle.ProofMark.ERROR ? 'E' : 'W').repeat(seg.getSegment().length()));
            }
            return b.toString();
        });
    }

    private static <T> T read(FxRobot robot, Supplier<T> what) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(what.get()));
        return out.get();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        FxWait.until(60, condition::getAsBoolean);
    }

}
