package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.MediaLink;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.newsdesk.ui.media.ToneWav;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The recording beside the transcript, in the real window with JavaFX's real MediaPlayer
 * (playing into ALSA's null output, see the surefire configuration): open a WAV, step, slow
 * down, insert timestamps, click one, and the bad cases (missing, unplayable file).
 */
@ExtendWith(ApplicationExtension.class)
class MediaPaneTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    @TempDir
    Path media;

    private Stage current;
    private CountDownLatch closed;

    @Test
    void anEditorTranscribesAWavWithHandsOnTheKeyboard(FxRobot robot) throws Exception {
        UUID id = storyWith(List.of(Paragraph.of(null, "开头")), null);
        // long enough that playback into the null output (faster than real time) does not reach the end
        Path wav = ToneWav.write(media.resolve("interview.wav"), 600);
        Stage stage = openWindow(robot);
        waitUntil(() -> text(robot, "#mediaStatus").startsWith(ENGLISH.get("media.none").substring(0, 10)));

        robot.clickOn("#mediaPath");
        Typing.write(robot, wav.toString());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "interview.wav".equals(text(robot, "#mediaStatus")));
        waitUntil(() -> text(robot, "#mediaTime").endsWith("00:10:00"));

        robot.clickOn("#transcript");
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        robot.type(KeyCode.F2).type(KeyCode.F2);
        waitUntil(() -> text(robot, "#mediaTime").startsWith("00:00:06"));
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        robot.write("我们");
        robot.type(KeyCode.F1);
        waitUntil(() -> text(robot, "#mediaTime").startsWith("00:00:03"));
        robot.type(KeyCode.F3);
        waitUntil(() -> "0.90×".equals(text(robot, "#mediaRate")));
        robot.type(KeyCode.F5).type(KeyCode.F5);
        waitUntil(() -> "1.25×".equals(text(robot, "#mediaRate")));
        assertThat(area(robot).getText()).isEqualTo("开头[00:00:06]我们");
        assertThat(area(robot).isFocused()).isTrue();

        // F4 plays; Esc pauses and rewinds by 1.5 s from wherever playback got to
        robot.type(KeyCode.F4);
        waitUntil(() -> ENGLISH.get("media.pause").equals(buttonText(robot, "#mediaPlay"))
                && !text(robot, "#mediaTime").startsWith("00:00:03"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> ENGLISH.get("media.play").equals(buttonText(robot, "#mediaPlay")));

        waitUntil(() -> ENGLISH.get("status.saved").equals(text(robot, "#saveState")));
        close(robot, stage);
        try (Store store = TestStores.fresh(dataFolder)) {
            Story saved = store.stories().get(id);
            assertThat(saved.paragraphs()).hasSize(1);
            assertThat(saved.paragraphs().get(0).spans()).containsExactly(Span.plain("开头"),
                    Span.timestamp("[00:00:06]", Duration.ofSeconds(6)), Span.plain("我们"));
            assertThat(store.media().find(id)).contains(new MediaLink(wav.toString(), "interview.wav", Files.size(wav)));
        }
    }

    @Test
    void clickingATimestampSeeksThereAndFollowModeMarksItsParagraph(FxRobot robot) throws Exception {
        Path wav = ToneWav.write(media.resolve("tone.wav"), 30);
        storyWith(List.of(
                new Paragraph(Paragraph.newId(), null, List.of(Span.plain("第一段")), Duration.ZERO),
                new Paragraph(Paragraph.newId(), null, List.of(Span.timestamp("[00:00:12]", Duration.ofSeconds(12)),
                        Span.plain("第二段"))),
                Paragraph.of(null, "第三段，没有时间")), wav);
        openWindow(robot);
        waitUntil(() -> "tone.wav".equals(text(robot, "#mediaStatus")));
        robot.clickOn("#mediaFollow");

        Node mark = robot.from(current.getScene().getRoot()).lookup(".span-timestamp").query();
        robot.clickOn(mark);
        waitUntil(() -> text(robot, "#mediaTime").startsWith("00:00:12"));
        waitUntil(() -> playingChips(robot) == 1 && playingChip(robot).equals(1));

        robot.clickOn("#transcript");
        robot.type(KeyCode.F1).type(KeyCode.F1).type(KeyCode.F1).type(KeyCode.F1);
        waitUntil(() -> text(robot, "#mediaTime").startsWith("00:00:00") && playingChip(robot).equals(0));

        robot.clickOn("#mediaHideTimestamps");
        waitUntil(() -> area(robot).getStyleClass().contains("timestamps-hidden"));
        assertThat(area(robot).getText()).contains("[00:00:12]");

        // both toggles come back as the editor left them
        close(robot, current);
        openWindow(robot);
        waitUntil(() -> toggle(robot, "#mediaFollow").isSelected() && toggle(robot, "#mediaHideTimestamps").isSelected()
                && area(robot).getStyleClass().contains("timestamps-hidden"));
        robot.clickOn("#mediaFollow");
        close(robot, current);
        openWindow(robot);
        waitUntil(() -> "tone.wav".equals(text(robot, "#mediaStatus")));
        assertThat(toggle(robot, "#mediaFollow").isSelected()).isFalse();
        assertThat(toggle(robot, "#mediaHideTimestamps").isSelected()).isTrue();
    }

    private ToggleButton toggle(FxRobot robot, String id) {
        return robot.from(current.getScene().getRoot()).lookup(id).queryAs(ToggleButton.class);
    }

    @Test
    void aMissingRecordingLeavesTheTranscriptUsableAndRelinkingRestoresPlayback(FxRobot robot) throws Exception {
        Path gone = media.resolve("moved-away.wav");
        UUID id = storyWith(List.of(new Paragraph(Paragraph.newId(), null,
                List.of(Span.timestamp("[00:00:02]", Duration.ofSeconds(2)), Span.plain("原文")))),
                gone);
        Stage stage = openWindow(robot);
        waitUntil(() -> text(robot, "#mediaStatus").contains("moved-away.wav")
                && text(robot, "#mediaStatus").contains(gone.toString()));
        assertThat(FxWait.read(() -> robot.from(current.getScene().getRoot()).lookup("#mediaPlay").queryButton().isDisabled()))
                .isTrue();

        robot.clickOn("#transcript");
        robot.interact(() -> area(robot).moveTo(area(robot).getLength()));
        // the playback keys do nothing harmful without a recording; typing goes on as usual
        robot.type(KeyCode.F4);
        robot.press(KeyCode.CONTROL, KeyCode.T).release(KeyCode.T, KeyCode.CONTROL);
        robot.write("继续");
        waitUntil(() -> area(robot).getText().equals("[00:00:02]原文继续"));
        waitUntil(() -> ENGLISH.get("status.saved").equals(text(robot, "#saveState")));

        Path found = ToneWav.write(media.resolve("found-again.wav"), 5);
        robot.doubleClickOn("#mediaPath").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        Typing.write(robot, found.toString());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "found-again.wav".equals(text(robot, "#mediaStatus")));
        Node mark = robot.from(current.getScene().getRoot()).lookup(".span-timestamp").query();
        robot.clickOn(mark);
        waitUntil(() -> text(robot, "#mediaTime").startsWith("00:00:02"));
        close(robot, stage);
        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.media().find(id)).map(MediaLink::fileName).contains("found-again.wav");
            assertThat(store.stories().get(id).paragraphs().get(0).spans()).containsExactly(
                    Span.timestamp("[00:00:02]", Duration.ofSeconds(2)), Span.plain("原文继续"));
        }
    }

    @Test
    void anUnplayableFileIsReportedAndNothingIsLost(FxRobot robot) throws Exception {
        Path junk = Files.write(media.resolve("recording.wav"), "not a recording at all".repeat(200).getBytes());
        Path ogg = ToneWav.write(media.resolve("tone.ogg"), 1);
        storyWith(List.of(Paragraph.of(null, "正文")), null);
        openWindow(robot);
        waitUntil(() -> area(robot).getText().equals("正文"));

        robot.clickOn("#mediaPath");
        Typing.write(robot, junk.toString());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#mediaStatus").equals(ENGLISH.get("media.problem.unsupported", "recording.wav")));
        robot.doubleClickOn("#mediaPath").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        Typing.write(robot, media.toString());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#mediaStatus").equals(ENGLISH.get("media.problem.notFile", media.toString())));
        assertThat(area(robot).getText()).isEqualTo("正文");
        assertThat(ogg).exists();
    }

    @Test
    void escClosesTheFindBarBeforeItPlays(FxRobot robot) throws Exception {
        Path wav = ToneWav.write(media.resolve("tone.wav"), 10);
        storyWith(List.of(Paragraph.of(null, "正文")), wav);
        openWindow(robot);
        waitUntil(() -> "tone.wav".equals(text(robot, "#mediaStatus")));
        robot.clickOn("#transcript");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.clickOn("#transcript");
        Node findBar = robot.from(current.getScene().getRoot()).lookup("#findField").query().getParent();
        assertThat(findBar.isVisible()).isTrue();

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !findBar.isVisible());
        assertThat(buttonText(robot, "#mediaPlay")).isEqualTo(ENGLISH.get("media.play"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> ENGLISH.get("media.pause").equals(buttonText(robot, "#mediaPlay"))
                || !text(robot, "#mediaTime").startsWith("00:00:00"));
    }

    // ------------------------------------------------------------------ helpers

    private UUID storyWith(List<Paragraph> paragraphs, Path linked) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story story = store.stories().create(Metadata.withHeadline("录音"), List.of(), paragraphs);
            if (linked != null) {
                store.media().link(story.id(), new MediaLink(linked.toString(), linked.getFileName().toString(),
                        Files.exists(linked) ? Files.size(linked) : 1234));
            }
            store.appState().put("ui.lastStory", story.id().toString());
            return story.id();
        }
    }

    private int playingChips(FxRobot robot) {
        return robot.from(current.getScene().getRoot()).lookup(".paragraph-playing").queryAll().size();
    }

    private Integer playingChip(FxRobot robot) {
        var chips = robot.from(current.getScene().getRoot()).lookup(".speaker-chip").queryAll();
        int i = 0;
        for (Node chip : chips) {
            if (chip.getStyleClass().contains("paragraph-playing")) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private Stage openWindow(FxRobot robot) throws TimeoutException {
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            new NewsdeskApp().start(s, dataFolder, ENGLISH, null, () -> closed.countDown());
            stage.set(s);
            current = s;
        });
        closed = new CountDownLatch(1);
        waitUntil(() -> robot.from(current.getScene().getRoot()).lookup("#storyList").tryQuery().isPresent()
                && !area(robot).isDisabled());
        return stage.get();
    }

    private void close(FxRobot robot, Stage stage) throws InterruptedException {
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
    }

    private TranscriptArea area(FxRobot robot) {
        return robot.from(current.getScene().getRoot()).lookup("#transcript").queryAs(TranscriptArea.class);
    }

    private String text(FxRobot robot, String id) {
        return robot.from(current.getScene().getRoot()).lookup(id).queryAs(Label.class).getText();
    }

    private String buttonText(FxRobot robot, String id) {
        return robot.from(current.getScene().getRoot()).lookup(id).queryButton().getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
