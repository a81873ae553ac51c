package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.newsdesk.ui.editor.TranscriptDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** An editor transcribes a short interview with the keyboard only, and the structure is data. */
@ExtendWith(ApplicationExtension.class)
class TranscriptEditorTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private Story story;
    private Stage stage;
    private CountDownLatch closed;

    @BeforeEach
    void storyWithARoster() {
        try (Store store = TestStores.fresh(dataFolder)) {
            story = store.stories().create(Metadata.withHeadline("鍵盤測試"),
                    List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                            new Speaker("li", "李主任", "李明", "市科委副主任", SpeakerRole.GUEST)),
                    List.of());
            store.appState().put("ui.lastStory", story.id().toString());
        }
    }

    @Test
    void transcribesAQuestionAndAnswerWithTheKeyboard(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#transcript");
        ctrl(robot, KeyCode.DIGIT1);
        Typing.write(robot, "请问进展如何？");
        ctrl(robot, KeyCode.ENTER);
        Typing.write(robot, "进展顺利。");
        robot.type(KeyCode.ENTER);
        Typing.write(robot, "第二段补充。");
        ctrl(robot, KeyCode.ENTER);
        Typing.write(robot, "再问一句");
        Typing.chord(robot, KeyCode.SHIFT, KeyCode.HOME);
        ctrl(robot, KeyCode.B);
        robot.type(KeyCode.END).type(KeyCode.ENTER);
        Typing.write(robot, "以下是文字实录");
        ctrl(robot, KeyCode.DIGIT0);

        assertThat(model(robot)).containsExactly(
                new Expected("host", "请问进展如何？", false),
                new Expected("li", "进展顺利。", false),
                new Expected("li", "第二段补充。", false),
                new Expected("host", "再问一句", true),
                new Expected(null, "以下是文字实录", false));
        waitUntilGutterShows(robot, "主持人", "李主任", "┆", "主持人", "");

        // a speaker change is one undo step, and redo brings it back
        ctrl(robot, KeyCode.Z);
        assertThat(model(robot).get(4).speaker()).isEqualTo("host");
        ctrl(robot, KeyCode.Y);
        assertThat(model(robot).get(4).speaker()).isNull();

        // the model reaches the store and comes back the same
        FxWait.until(60,
                () -> ENGLISH.get("status.saved").equals(inWindow(robot, "#saveState").queryAs(Label.class).getText()));
        List<Expected> shown = model(robot);
        close(robot);
        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(expected(store.stories().get(story.id()).paragraphs())).isEqualTo(shown);
        }
        open(robot);
        assertThat(model(robot)).isEqualTo(shown);
        close(robot);
    }

    @Test
    void renamingASpeakerRelabelsTheWholeTranscript(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#transcript");
        ctrl(robot, KeyCode.DIGIT2);
        Typing.write(robot, "第一段回答");
        ctrl(robot, KeyCode.ENTER);
        Typing.write(robot, "追问");
        ctrl(robot, KeyCode.ENTER);
        Typing.write(robot, "第二段回答");
        waitUntilGutterShows(robot, "李主任", "主持人", "李主任");

        robot.interact(() -> inWindow(robot, "#rosterList").queryListView().getSelectionModel().select(1));
        robot.clickOn("#rosterEdit");
        robot.lookup("#speakerLabel").queryAs(javafx.scene.control.TextField.class).clear();
        robot.clickOn("#speakerLabel");
        Typing.write(robot, "李明");
        robot.type(KeyCode.ENTER);

        waitUntilGutterShows(robot, "李明", "主持人", "李明");
        assertThat(model(robot)).extracting(Expected::speaker).containsExactly("li", "host", "li");
        close(robot);
    }

    @Test
    void replaceAllIsOneUndoStep(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#transcript");
        Typing.write(robot, "发展眼光看发展");
        robot.type(KeyCode.ENTER);
        Typing.write(robot, "发展才是硬道理");
        ctrl(robot, KeyCode.H);
        Typing.write(robot, "发展");
        robot.clickOn("#replaceField");
        Typing.write(robot, "進步");
        assertThat(inWindow(robot, "#matchCount").queryAs(Label.class).getText())
                .isEqualTo(ENGLISH.get("find.count", 3));
        robot.clickOn("#replaceAll");
        assertThat(area(robot).getText()).isEqualTo("進步眼光看進步\n進步才是硬道理");

        robot.clickOn("#transcript");
        ctrl(robot, KeyCode.Z);
        assertThat(area(robot).getText()).isEqualTo("发展眼光看发展\n发展才是硬道理");
        close(robot);
    }

    @Test
    void regularExpressionReplaceUsesGroupsAndReportsBadPatterns(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#transcript");
        Typing.write(robot, "2015年7月31日");
        ctrl(robot, KeyCode.H);
        robot.clickOn("#findRegex");
        robot.clickOn("#findField");
        Typing.write(robot, "(\\d+)年");
        robot.clickOn("#replaceField");
        Typing.write(robot, "$1 年");
        robot.clickOn("#replaceAll");
        assertThat(area(robot).getText()).isEqualTo("2015 年7月31日");

        robot.clickOn("#findField");

        Typing.write(robot, "(");
        assertThat(inWindow(robot, "#matchCount").queryAs(Label.class).getText())
                .startsWith(ENGLISH.get("find.badPattern", "").strip());
        close(robot);
    }

    @Test
    void pasteTurnsLabelsIntoSpeakersAndIsOneUndoStep(FxRobot robot) throws Exception {
        open(robot);
        robot.clickOn("#transcript");
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("主持人：公交线路有什么调整？\n李主任:新增三条线路。\n下月开通。\n王局长：我补充一点。");
            Clipboard.getSystemClipboard().setContent(content);
        });
        ctrl(robot, KeyCode.V);

        List<Expected> pasted = model(robot);
        assertThat(pasted).extracting(Expected::text)
                .containsExactly("公交线路有什么调整？", "新增三条线路。", "下月开通。", "我补充一点。");
        assertThat(pasted.get(0).speaker()).isEqualTo("host");
        assertThat(pasted.get(1).speaker()).isEqualTo("li");
        assertThat(pasted.get(2).speaker()).isEqualTo("li");
        String newKey = pasted.get(3).speaker();
        assertThat(inWindow(robot, "#rosterList").queryListView().getItems())
                .extracting(s -> ((Speaker) s).label()).containsExactly("主持人", "李主任", "王局长");
        assertThat(((Speaker) inWindow(robot, "#rosterList").queryListView().getItems().get(2)).key()).isEqualTo(newKey);

        ctrl(robot, KeyCode.Z);
        assertThat(area(robot).getText()).isEmpty();
        close(robot);
    }

    @Test
    void splitsALongParagraphAtSentenceEnds(FxRobot robot) throws Exception {
        String sentence = "这是一个用来测试长段落拆分的句子，内容没有什么特别之处。";
        String longText = sentence.repeat(120);
        try (Store store = TestStores.fresh(dataFolder)) {
            Story s = store.stories().get(story.id());
            store.stories().applyEdit(s.id(), s.version(), org.newsdesk.model.TranscriptEdit.between(
                    s.paragraphs(), List.of(Paragraph.of("li", longText))));
        }
        open(robot);
        robot.clickOn("#transcript");
        Typing.chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);

        List<Expected> pieces = model(robot);
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.text().length()).isLessThanOrEqualTo(2_000);
            assertThat(p.text()).endsWith("。");
            assertThat(p.speaker()).isEqualTo("li");
        });
        assertThat(String.join("", pieces.stream().map(Expected::text).toList())).isEqualTo(longText);
        ctrl(robot, KeyCode.Z);
        assertThat(model(robot)).hasSize(1);
        close(robot);
    }

    private record Expected(String speaker, String text, boolean bold) {
    }

    private static List<Expected> expected(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(p -> new Expected(p.speakerKey(), p.text(),
                p.spans().stream().anyMatch(s -> s.styles().equals(Set.of(SpanStyle.BOLD))))).toList();
    }

    private List<Expected> model(FxRobot robot) {
        return expected(TranscriptDocument.toModel(area(robot).getParagraphs()));
    }

    /** Lookups stay inside this test's window: a closed window may linger. */
    private org.testfx.service.query.NodeQuery inWindow(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    private List<String> gutterLabels(FxRobot robot) {
        return inWindow(robot, ".speaker-chip").queryAllAs(org.newsdesk.ui.editor.SpeakerChip.class).stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .map(org.newsdesk.ui.editor.SpeakerChip::text).toList();
    }

    /** The gutter's labels are drawn on a layout pass after the change: wait for it, then check. */
    private void waitUntilGutterShows(FxRobot robot, String... labels) throws TimeoutException {
        List<String> expected = List.of(labels);
        try {
            FxWait.until(10, () -> gutterLabels(robot).equals(expected));
        } catch (TimeoutException e) {
            assertThat(gutterLabels(robot)).containsExactlyElementsOf(expected);
        }
    }

    private TranscriptArea area(FxRobot robot) {
        return inWindow(robot, "#transcript").queryAs(TranscriptArea.class);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        Typing.chord(robot, KeyCode.CONTROL, key);
    }

    private void open(FxRobot robot) throws TimeoutException {
        robot.interact(() -> {
            stage = new Stage();
            new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, () -> closed.countDown());
        });
        // the opening shell shows until the folder is open: no editor to look up yet; the roster's column
        // follows the first frame, the library's (#storyList) last
        FxWait.until(60, () -> inWindow(robot, "#transcript").tryQuery().map(n -> !n.isDisabled()).orElse(false)
                && inWindow(robot, "#storyList").tryQuery().isPresent());
    }

    private void close(FxRobot robot) throws InterruptedException {
        closed = new CountDownLatch(1);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).isTrue();
    }

}
