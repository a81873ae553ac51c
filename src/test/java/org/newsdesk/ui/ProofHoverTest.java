package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
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
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Resting the mouse on an underlined finding shows what it is in a tooltip, and moving away
 * hides it; the transcript's paragraphs carry no hover subscription of their own (RichTextFX's
 * mouse-over-text events are off), so typing does not set one up for each new paragraph cell.
 */
@ExtendWith(ApplicationExtension.class)
class ProofHoverTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void restingOnAnUnderlineShowsTheFindingAndMovingAwayHidesIt(FxRobot robot) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story story = store.stories().create(Metadata.withHeadline("社區圖書館延長開放時間"),
                    List.of(new Speaker("guest1", "梁文舟", "梁文舟", "館長", SpeakerRole.GUEST)),
                    List.of(Paragraph.of("guest1", "我們抽調精乾人員，打通服務的最後一公裡。"),
                            Paragraph.of("guest1", "讀者反映很好，借閱量比去年多了兩成。")));
            store.appState().put("ui.lastStory", story.id().toString());
        }
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, closed));
        TranscriptArea area = window.in(robot, "#transcript").query();
        FxWait.until(60, () -> area.getParagraphs().size() == 2
                && area.getParagraph(0).getStyledSegments().stream().anyMatch(s -> s.getStyle().proof() != null));
        assertThat(read(robot, area::getMouseOverTextDelay)).as("per-paragraph mouse-over-text events").isNull();

        // 精乾 (characters 4 and 5 of the first paragraph) is a conversion error
        Bounds underlined = read(robot, () -> area.getCharacterBoundsOnScreen(5, 6)).orElseThrow();
        robot.moveTo(new Point2D(underlined.getCenterX(), underlined.getCenterY()));
        FxWait.until(20, () -> tip().isPresent());
        assertThat(read(robot, () -> tip().orElseThrow().getText())).startsWith("Conversion · ");

        // moving on (to plain text in the second paragraph) hides it
        Bounds plain = read(robot, () -> area.getCharacterBoundsOnScreen(area.getAbsolutePosition(1, 3),
                area.getAbsolutePosition(1, 4))).orElseThrow();
        robot.moveTo(new Point2D(plain.getCenterX(), plain.getCenterY()));
        FxWait.until(20, () -> tip().isEmpty());
        window.close(robot);
    }

    /** The proofreading tooltip, while it is showing. */
    private static Optional<Tooltip> tip() {
        for (Window w : Window.getWindows()) {
            if (w instanceof Tooltip t && "proofTip".equals(t.getId()) && t.isShowing()) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static <T> T read(FxRobot robot, Supplier<T> what) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(what.get()));
        return out.get();
    }
}
