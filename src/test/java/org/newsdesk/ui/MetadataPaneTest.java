package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.workflow.status.StatusChange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The metadata pane as an editor uses it: the seed page's metadata typed in and previewed as the
 * portal shows it, bad values refused at their fields without losing them, a refused move to
 * READY with a link to the missing field, the walk to APPROVED (no key publishes), a restart and a revision restore.
 */
@ExtendWith(ApplicationExtension.class)
class MetadataPaneTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final String SEED_LINE = "來源: 天津政務網  作者:  2015-07-31 10:02:54  編輯:張令沛";

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void seedMetadataIsPreviewedValidatedAndWalkedToPublished(FxRobot robot) throws Exception {
        open(robot);
        Typing.chord(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> !field(robot, "#headlineField").isDisabled());

        robot.clickOn("#headlineField");

        Typing.write(robot, "市科委副主任李寶純做客天津政務網");
        robot.clickOn("#kickerField");
        Typing.write(robot, "【政務訪談】");
        set(robot, "#subtitleField", "天津市推進『大眾創業、萬眾創新』有關情況");
        type(robot, "#sourceField", "天津政務網");
        set(robot, "#publishTimeField", "2015-07-31 10:02:54");
        set(robot, "#seriesNameField", "市科委副主任李寶純做客天津政務網");
        set(robot, "#partField", "3");
        robot.interact(() -> in(robot, "#channelsField").queryAs(org.controlsfx.control.CheckComboBox.class)
                .getCheckModel().check("天津"));
        set(robot, "#internalNoteField", "李主任要求發布前再看一遍");

        assertThat(label(robot, "#headlinePreview").getText()).isEqualTo("市科委副主任李寶純做客天津政務網(3)");
        assertThat(label(robot, "#kickerPreview").getText()).isEqualTo("【政務訪談】天津市推進『大眾創業、萬眾創新』有關情況");
        assertThat(field(robot, "#slugField").getText()).startsWith("shi-ke-wei-fu-zhu-ren-li-bao-chun");

        // a story without an editor cannot go to review: the failure links to the field
        robot.clickOn("#statusMenu").clickOn("#statusToReady");
        waitUntil(() -> label(robot, "#statusOutcome").getText().startsWith("Not moved to Ready")
                && in(robot, "#readinessFailure0").tryQuery().isPresent());
        Hyperlink failure = in(robot, "#readinessFailure0").queryAs(Hyperlink.class);
        assertThat(failure.getText()).isEqualTo("Editor is required");
        assertThat(label(robot, "#statusBadge").getText()).isEqualTo("Draft");
        robot.clickOn(failure);
        waitUntil(() -> field(robot, "#editorField").isFocused());
        Typing.write(robot, "張令沛");
        assertThat(label(robot, "#metadataLinePreview").getText()).isEqualTo(SEED_LINE);

        // bad input stays in its field with a message; the valid rest is saved
        set(robot, "#slugField", "../etc/passwd");
        set(robot, "#totalField", "2");
        set(robot, "#headlineField", "長".repeat(10_000));
        set(robot, "#summaryField", "內容\u0007提要");
        assertThat(label(robot, "#slugProblem").getText()).contains("../etc/passwd");
        assertThat(label(robot, "#partProblem").getText()).isEqualTo("Part 3 is beyond the total of 2 parts");
        assertThat(label(robot, "#headlineProblem").getText())
                .isEqualTo("Headline is longer than 200 characters (it has 10,000)");
        // a text field never takes a control character in (typed or pasted)
        assertThat(field(robot, "#summaryField").getText()).isEqualTo("內容提要");
        UUID id = openStory(robot);
        waitUntil(() -> saved(robot));
        assertThat(field(robot, "#slugField").getText()).isEqualTo("../etc/passwd");
        close(robot);
        try (Store store = TestStores.fresh(dataFolder)) {
            Story stored = store.stories().get(id);
            assertThat(stored.metadata().editor()).isEqualTo("張令沛");
            assertThat(stored.slug()).startsWith("shi-ke-wei-fu-zhu-ren-li-bao-chun");
            assertThat(stored.metadata().series().part()).isEqualTo(3);
            assertThat(stored.metadata().series().total()).isNull();
            assertThat(stored.metadata().headline()).isEqualTo("市科委副主任李寶純做客天津政務網");
            assertThat(stored.metadata().summary()).isEqualTo("內容提要");
        }
        open(robot);
        waitUntil(() -> "張令沛".equals(field(robot, "#editorField").getText()));

        set(robot, "#slugField", "shi-ke-wei-3");
        set(robot, "#totalField", "5");
        set(robot, "#headlineField", "市科委副主任李寶純做客天津政務網");
        waitUntil(() -> !label(robot, "#slugProblem").isVisible() && !label(robot, "#partProblem").isVisible());

        // DRAFT → READY → APPROVED with the shortcuts; no key publishes (Ctrl+Shift+U is the input method's)
        robot.clickOn("#transcript");
        for (KeyCode key : List.of(KeyCode.R, KeyCode.A)) {
            String before = label(robot, "#statusBadge").getText();
            Typing.chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, key);
            waitUntil(() -> !label(robot, "#statusBadge").getText().equals(before));
        }
        Typing.chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U);
        waitUntil(() -> saved(robot));
        assertThat(label(robot, "#statusBadge").getText()).isEqualTo("Approved");
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            Story published = store.stories().get(id);
            assertThat(published.status()).isEqualTo(Status.APPROVED);
            assertThat(published.slug()).isEqualTo("shi-ke-wei-3");
            Metadata m = published.metadata();
            assertThat(m.kicker()).isEqualTo("政務訪談");
            assertThat(m.channels()).containsExactly("天津");
            assertThat(m.series().part()).isEqualTo(3);
            assertThat(m.series().total()).isEqualTo(5);
            assertThat(m.internalNote()).isEqualTo("李主任要求發布前再看一遍");
            assertThat(store.workflow().statusHistory(id)).extracting(StatusChange::to)
                    .containsExactly(Status.READY, Status.APPROVED);
            assertThat(store.names().names(org.newsdesk.workflow.names.NameKind.EDITOR, "張", 5))
                    .extracting(n -> n.name()).containsExactly("張令沛");
        }

        // after a restart the pane shows it all again, previews included
        open(robot);
        waitUntil(() -> "shi-ke-wei-3".equals(field(robot, "#slugField").getText())
                && SEED_LINE.equals(label(robot, "#metadataLinePreview").getText()));
        assertThat(field(robot, "#publishTimeField").getText()).isEqualTo("2015-07-31 10:02:54");
        assertThat(field(robot, "#timeZoneField").getText()).isEqualTo("Asia/Shanghai");
        assertThat(label(robot, "#metadataLinePreview").getText()).isEqualTo(SEED_LINE);
        assertThat(label(robot, "#statusBadge").getText()).isEqualTo("Approved");
        robot.clickOn("#historySection");
        waitUntil(() -> in(robot, "#statusHistory .label").queryAll().size() == 2);
        close(robot);
    }

    @Test
    void revisionRestoreBringsBackTheMetadata(FxRobot robot) throws Exception {
        open(robot);
        Typing.chord(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> !field(robot, "#headlineField").isDisabled());
        set(robot, "#headlineField", "科技訪談");
        set(robot, "#kickerField", "政務訪談");
        set(robot, "#publishTimeField", "2015-07-31 10:02");
        waitUntil(() -> saved(robot));
        Typing.chord(robot, KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> label(robot, "#notice").getText().contains("1"));

        set(robot, "#kickerField", "民生");
        set(robot, "#publishTimeField", "2016-01-01 08:00:00");
        waitUntil(() -> saved(robot));

        robot.clickOn(ENGLISH.get("menu.file")).clickOn(ENGLISH.get("menu.file.revisions"));
        // the compare window: restore the whole revision, then confirm (the confirmation waits, so fire it later)
        waitUntil(() -> robot.lookup("#compareRestoreRevision").tryQuery().isPresent()
                && !robot.lookup("#compareRestoreRevision").queryButton().isDisabled());
        javafx.scene.control.Button whole = robot.lookup("#compareRestoreRevision").queryButton();
        javafx.application.Platform.runLater(whole::fire);
        waitUntil(() -> restoreConfirmation(robot) != null);
        robot.interact(() -> restoreConfirmation(robot).fire());
        waitUntil(() -> "政務訪談".equals(field(robot, "#kickerField").getText())
                && "【政務訪談】".equals(label(robot, "#kickerPreview").getText()));
        assertThat(field(robot, "#publishTimeField").getText()).isEqualTo("2015-07-31 10:02:00");
        assertThat(label(robot, "#kickerPreview").getText()).isEqualTo("【政務訪談】");
        close(robot);
    }

    private static javafx.scene.control.Button restoreConfirmation(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals(ENGLISH.get("compare.restoreRevision"))).findFirst().orElse(null);
    }

    /** Types into a field as a user does (the field may be scrolled out of view: focus it first). */
    private void type(FxRobot robot, String query, String text) throws TimeoutException {
        TextInputControl f = field(robot, query);
        robot.interact(f::requestFocus);
        waitUntil(f::isFocused);
        Typing.write(robot, text);
    }

    private void set(FxRobot robot, String query, String text) {
        TextInputControl f = field(robot, query);
        robot.interact(() -> f.setText(text));
    }

    private boolean saved(FxRobot robot) {
        return ENGLISH.get("status.saved").equals(label(robot, "#saveState").getText());
    }

    private UUID openStory(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var table = in(robot, "#storyList").<org.newsdesk.store.LibraryEntry>queryTableView();
            return table.getSelectionModel().getSelectedItem().summary().id();
        }).get(20, TimeUnit.SECONDS);
    }

    private void open(FxRobot robot) throws TimeoutException {
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, closed));
    }

    private void close(FxRobot robot) throws InterruptedException {
        window.close(robot);
    }

    private NodeQuery in(FxRobot robot, String query) {
        return window.in(robot, query);
    }

    private TextInputControl field(FxRobot robot, String query) {
        return in(robot, query).queryTextInputControl();
    }

    private Label label(FxRobot robot, String query) {
        Node n = in(robot, query).query();
        return (Label) n;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
