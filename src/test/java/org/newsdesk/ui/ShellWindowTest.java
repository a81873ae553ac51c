package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Story;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.prefs.Theme;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.editor.TranscriptArea;
import org.newsdesk.ui.preferences.PreferencesSection;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Preferences, theme, language switch, broken preferences file, remembered window, About. */
@ExtendWith(ApplicationExtension.class)
class ShellWindowTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    @TempDir
    Path configFolder;

    private Stage stage;
    private CountDownLatch closed;

    @AfterEach
    void lightThemeAgain(FxRobot robot) {
        robot.interact(() -> Application.setUserAgentStylesheet(null));
    }

    private PreferencesFile file() {
        return new PreferencesFile(configFolder.resolve(PreferencesFile.FILE_NAME), Clock.systemUTC());
    }

    private void open(FxRobot robot, Messages language) throws TimeoutException {
        PreferencesFile.Loaded loaded = file().load();
        robot.interact(() -> {
            stage = new Stage();
            new NewsdeskApp().start(stage, dataFolder, file(), loaded, language, null, () -> closed.countDown());
        });
        waitUntil(() -> inWindow(robot, "#storyList").tryQuery().isPresent()
                && inWindow(robot, "#notice").queryAs(Label.class).getText().isEmpty());
    }

    private void close(FxRobot robot) throws InterruptedException {
        closed = new CountDownLatch(1);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("closed, store shut, preferences written").isTrue();
    }

    @Test
    void themeAndTranscriptFontApplyAtOnceAndAreKept(FxRobot robot) throws Exception {
        open(robot, ENGLISH);
        DialogPane prefs = openPreferences(robot);
        pickSection(robot, prefs, "prefsAppearance");
        robot.interact(() -> lookup(prefs, "#prefsTheme", ChoiceBox.class).getSelectionModel().select(Theme.DARK));
        pickSection(robot, prefs, "prefsEditor");
        robot.interact(() -> lookup(prefs, "#prefsFontSize", Spinner.class).getValueFactory().setValue(22.0));
        robot.clickOn(lookup(prefs, "#preferencesApply", Node.class));

        waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains("primer-dark"));
        assertThat(area(robot).getStylesheets()).hasSize(1);
        assertThat(decoded(area(robot).getStylesheets().get(0))).contains("-fx-font-size: 22.0px");
        assertThat(prefs.getScene().getWindow().isShowing()).as("Apply keeps the window open").isTrue();
        FxWait.untilOutside(20, () -> file().peek().theme() == Theme.DARK);
        assertThat(file().peek().fontSize()).isEqualTo(22.0);

        robot.clickOn(lookup(prefs, "#preferencesCancel", Node.class));
        close(robot);
        assertThat(file().peek().theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void anInvalidTimeZoneIsExplainedAndCannotBeApplied(FxRobot robot) throws Exception {
        open(robot, ENGLISH);
        DialogPane prefs = openPreferences(robot);
        robot.interact(() -> lookup(prefs, "#prefsTimeZone", javafx.scene.control.ComboBox.class).setValue("Mars/Base"));

        assertThat(lookup(prefs, "#preferencesProblem", Label.class).getText())
                .isEqualTo(ENGLISH.get("prefs.error.timeZone", "Mars/Base"));
        assertThat(lookup(prefs, "#preferencesOk", Node.class).isDisabled()).isTrue();
        robot.interact(() -> lookup(prefs, "#prefsTimeZone", javafx.scene.control.ComboBox.class).setValue("Asia/Taipei"));
        assertThat(lookup(prefs, "#preferencesOk", Node.class).isDisabled()).isFalse();
        robot.clickOn(lookup(prefs, "#preferencesCancel", Node.class));
        close(robot);
    }

    @Test
    void newStoriesTakeTheEditorNameAndTheLanguageSwitchKeepsTypedText(FxRobot robot) throws Exception {
        open(robot, null);
        DialogPane prefs = openPreferences(robot);
        robot.interact(() -> lookup(prefs, "#prefsEditorName", TextField.class).setText("張令沛"));
        robot.clickOn(lookup(prefs, "#preferencesOk", Node.class));
        FxWait.untilOutside(20, () -> "張令沛".equals(file().peek().editorName()));

        Typing.chord(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> !area(robot).isDisabled()
                && "張令沛".equals(inWindow(robot, "#editorField").queryAs(TextField.class).getText()));
        robot.clickOn("#transcript");
        Typing.write(robot, "主持人您好，请介绍一下情况。");

        DialogPane again = openPreferences(robot);
        robot.interact(() -> lookup(again, "#prefsLanguage", ChoiceBox.class).getSelectionModel().select("zh-TW"));
        robot.clickOn(lookup(again, "#preferencesOk", Node.class));

        Messages traditional = Messages.forTag("zh-TW");
        waitUntil(() -> inWindow(robot, "#menuBar").tryQuery().map(bar -> ((MenuBar) bar).getMenus().get(0).getText())
                .filter(traditional.get("menu.file")::equals).isPresent()
                && inWindow(robot, "#transcript").tryQuery()
                        .filter(a -> ((TranscriptArea) a).getText().equals("主持人您好，请介绍一下情况。")).isPresent());
        assertThat(stage.getTitle()).isEqualTo(traditional.get("app.title"));
        close(robot);
        assertThat(file().peek().language()).isEqualTo("zh-TW");
        try (Store store = TestStores.fresh(dataFolder)) {
            Story saved = store.stories().get(store.stories().list(false).get(0).id());
            assertThat(saved.metadata().editor()).isEqualTo("張令沛");
            assertThat(saved.paragraphs().get(0).text()).isEqualTo("主持人您好，请介绍一下情况。");
        }
    }

    @Test
    void aBrokenPreferencesFileIsReportedKeptAsideAndReplaced(FxRobot robot) throws Exception {
        Files.writeString(file().path(), "{\"theme\": \"DARK\", oops");

        open(robot, ENGLISH);

        waitUntil(() -> robot.lookup("#brokenPreferences").tryQuery().isPresent());
        DialogPane alert = robot.lookup("#brokenPreferences").queryAs(DialogPane.class);
        assertThat(alert.getContentText()).contains("preferences.broken-");
        try (var files = Files.list(configFolder)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("preferences.broken-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{\"theme\": \"DARK\", oops");
        }
        assertThat(String.valueOf(Application.getUserAgentStylesheet())).contains("primer-light");
        robot.interact(() -> ((Stage) alert.getScene().getWindow()).close());
        close(robot);
        assertThat(file().load().movedAside()).as("defaults were written in its place").isEmpty();
        assertThat(file().peek().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void theWindowReopensWithItsSizeAndDividers(FxRobot robot) throws Exception {
        open(robot, ENGLISH);
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
            lookupMainSplit().setDividerPositions(0.3, 0.6);
        });
        close(robot);
        Preferences kept = file().peek();
        assertThat(kept.window().width()).isEqualTo(1000);
        assertThat(kept.window().dividers().get(0)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.02));

        open(robot, ENGLISH);
        waitUntil(() -> stage.getWidth() == 1000 && stage.getHeight() == 700);
        assertThat(lookupMainSplit().getDividerPositions()[0]).isCloseTo(0.3, org.assertj.core.data.Offset.offset(0.02));
        close(robot);
    }

    @Test
    void aboutShowsTheVersionFoldersAndLicences(FxRobot robot) throws Exception {
        open(robot, Messages.forTag("zh-CN"));
        robot.clickOn("#menu-help").clickOn("#menuAbout");
        waitUntil(() -> robot.lookup("#aboutDialog").tryQuery().isPresent());
        DialogPane about = robot.lookup("#aboutDialog").queryAs(DialogPane.class);

        assertThat(lookup(about, "#aboutDataFolder", Label.class).getText()).contains(dataFolder.toString());
        assertThat(lookup(about, "#aboutPreferencesFile", Label.class).getText()).contains(configFolder.toString());
        assertThat(lookup(about, "#aboutRuntime", Label.class).getText()).contains(System.getProperty("java.version"));
        TableView<?> libraries = lookup(about, "#aboutLibraries", TableView.class);
        assertThat(libraries.getItems()).hasSizeGreaterThan(20);
        assertThat(libraries.getColumns().get(1).getText()).isEqualTo(Messages.forTag("zh-CN").get("about.version"));
        assertThat(libraries.getColumns().get(2).getText()).isEqualTo(Messages.forTag("zh-CN").get("about.licence"));
        assertThat(lookup(about, "#aboutLicenceText", javafx.scene.control.TextArea.class).getText())
                .as("Newsdesk's own licence, selected first").startsWith("Newsdesk ").contains("Apache License");
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
        close(robot);
    }

    @Test
    void anotherScreenCanAddItsOwnSection(FxRobot robot) throws Exception {
        open(robot, ENGLISH);
        boolean[] applied = {false};
        AtomicReference<DialogPane> pane = new AtomicReference<>();
        robot.interact(() -> {
            var viewModel = new org.newsdesk.ui.preferences.PreferencesViewModel(Preferences.defaults(), dataFolder,
                    ENGLISH, p -> { });
            var dialog = new org.newsdesk.ui.preferences.PreferencesDialog(stage, viewModel, ENGLISH, java.util.List.of(
                    new PreferencesSection("keysSection", "Keys", new Label("key map"), () -> applied[0] = true)));
            dialog.show();
            pane.set(dialog.getDialogPane());
        });
        pickSection(robot, pane.get(), "keysSection");
        assertThat(lookup(pane.get(), "#keysSection", Label.class).getText()).isEqualTo("key map");
        robot.clickOn(lookup(pane.get(), "#preferencesOk", Node.class));
        assertThat(applied[0]).isTrue();
        close(robot);
    }

    // ------------------------------------------------------------ helpers

    private DialogPane openPreferences(FxRobot robot) throws TimeoutException {
        robot.clickOn("#menu-edit").clickOn("#menuPreferences");
        waitUntil(() -> robot.lookup("#preferencesDialog").tryQuery().isPresent());
        return robot.lookup("#preferencesDialog").queryAs(DialogPane.class);
    }

    @SuppressWarnings("unchecked")
    private void pickSection(FxRobot robot, DialogPane prefs, String id) {
        ListView<PreferencesSection> list = lookup(prefs, "#preferencesSections", ListView.class);
        robot.interact(() -> list.getSelectionModel().select(
                list.getItems().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow()));
    }

    private static <T> T lookup(Node root, String query, Class<T> type) {
        return type.cast(root.lookup(query));
    }

    private javafx.scene.control.SplitPane lookupMainSplit() {
        return (javafx.scene.control.SplitPane) stage.getScene().getRoot().lookup(".split-pane");
    }

    private static String decoded(String dataUri) {
        return new String(java.util.Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    private org.testfx.service.query.NodeQuery inWindow(FxRobot robot, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    private TranscriptArea area(FxRobot robot) {
        return inWindow(robot, "#transcript").queryAs(TranscriptArea.class);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }

}
