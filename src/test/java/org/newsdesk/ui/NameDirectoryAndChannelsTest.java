package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.app.Workspace;
import org.newsdesk.cli.NewsdeskCommand;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Story;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.preferences.PreferencesSection;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.names.NameUse;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Story → Name directory…: a misspelt editor fixed once shows in the open story's pane and in the
 * library, and is kept. Preferences → Channels: the one list the pane, the store and the CLI use.
 */
@ExtendWith(ApplicationExtension.class)
class NameDirectoryAndChannelsTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    @TempDir
    Path configFolder;
    private final AppWindow window = new AppWindow();

    @Test
    void aMisspeltEditorIsRenamedEverywhereFromTheNameDirectory(FxRobot robot) throws Exception {
        UUID first;
        UUID second;
        try (Store store = TestStores.fresh(dataFolder)) {
            Story a = store.stories().create(Metadata.withHeadline("市科委副主任做客政務網(1)").withEditor("張今沛"),
                    List.of(), List.of());
            Story b = store.stories().create(Metadata.withHeadline("市科委副主任做客政務網(2)").withEditor("張今沛"),
                    List.of(), List.of());
            store.stories().create(Metadata.withHeadline("其他").withEditor("趙編輯"), List.of(), List.of());
            store.names().recordUse(a.metadata());
            first = a.id();
            second = b.id();
        }
        open(robot);
        TableView<LibraryEntry> library = in(robot, "#storyList").queryTableView();
        waitUntil(() -> library.getItems().size() == 3);
        robot.interact(() -> library.getSelectionModel().select(library.getItems().stream()
                .filter(e -> e.summary().id().equals(first)).findFirst().orElseThrow()));
        waitUntil(() -> "張今沛".equals(field(robot, "#editorField").getText()));

        robot.clickOn("#transcript");
        Typing.chord(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N);
        waitUntil(() -> robot.lookup("#nameDirectory").tryQuery().isPresent());
        DialogPane names = robot.lookup("#nameDirectory").queryAs(DialogPane.class);
        @SuppressWarnings("unchecked")
        TableView<NameUse> table = (TableView<NameUse>) names.lookup("#namesTable");
        waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> ((TextField) names.lookup("#namesFilter")).setText("今"));
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(FxWait.read(() -> table.getItems().get(0))).isEqualTo(new NameUse(NameKind.EDITOR, "張今沛", 1, 2));

        robot.interact(() -> table.getSelectionModel().select(0));
        TextField newName = (TextField) names.lookup("#namesNewName");
        Button rename = (Button) names.lookup("#namesRename");
        assertThat(newName.getText()).isEqualTo("張今沛");
        assertThat(rename.isDisabled()).as("nothing to rename yet").isTrue();
        robot.interact(() -> newName.setText(" "));
        assertThat(((Label) names.lookup("#namesProblem")).getText()).isEqualTo("Editor has an empty entry");
        assertThat(rename.isDisabled()).isTrue();
        robot.interact(() -> newName.setText("趙編輯"));
        assertThat(((Label) names.lookup("#namesNote")).getText()).contains("merges");
        robot.interact(() -> newName.setText("張令沛"));
        assertThat(rename.isDisabled()).isFalse();
        robot.interact(rename::fire);

        waitUntil(() -> ((Label) names.lookup("#namesOutcome")).getText()
                .equals("Renamed \"張今沛\" to \"張令沛\" (2 stories changed)"));
        // the open story was reloaded with its new version: the pane shows it and further edits save
        waitUntil(() -> "張令沛".equals(field(robot, "#editorField").getText()));
        waitUntil(() -> library.getItems().stream().filter(e -> !e.summary().headline().equals("其他"))
                .allMatch(e -> e.summary().editor().equals("張令沛")));
        assertThat(FxWait.read(() -> library.getItems().size())).isEqualTo(3);
        robot.interact(() -> field(robot, "#kickerField").setText("政務訪談"));
        waitUntil(() -> ENGLISH.get("status.saved").equals(in(robot, "#saveState").queryAs(Label.class).getText()));
        robot.interact(() -> ((Button) names.lookupButton(names.getButtonTypes().get(0))).fire());
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().get(first).metadata().editor()).isEqualTo("張令沛");
            assertThat(store.stories().get(first).metadata().kicker()).isEqualTo("政務訪談");
            assertThat(store.stories().get(second).metadata().editor()).isEqualTo("張令沛");
            assertThat(store.names().all()).extracting(NameUse::name).containsExactly("張令沛", "趙編輯");
        }
    }

    @Test
    void channelsFromThePreferencesAreTheOnesThePaneTheStoreAndTheCommandLineAccept(FxRobot robot) throws Exception {
        open(robot);
        Typing.chord(robot, KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> !field(robot, "#headlineField").isDisabled());
        robot.interact(() -> field(robot, "#headlineField").setText("科技訪談"));
        @SuppressWarnings("unchecked")
        CheckComboBox<String> channels = in(robot, "#channelsField").queryAs(CheckComboBox.class);
        assertThat(channels.getItems()).doesNotContain("科技");

        DialogPane prefs = openPreferences(robot);
        pickChannels(robot, prefs);
        robot.interact(() -> ((TextField) prefs.lookup("#prefsChannelName")).setText("科技"));
        robot.interact(() -> ((Button) prefs.lookup("#prefsChannelAdd")).fire());
        robot.interact(() -> ((Button) prefs.lookup("#preferencesOk")).fire());
        FxWait.untilOutside(20, () -> file().peek().channels().contains("科技"));

        waitUntil(() -> channels.getItems().contains("科技"));
        assertThat(channels.getTitle()).as("closed with nothing ticked: its name").isEqualTo(ENGLISH.get(
                org.newsdesk.workflow.metadata.MetadataField.CHANNELS.labelKey()));
        robot.interact(() -> channels.getCheckModel().check("科技"));
        assertThat(channels.getTitle()).as("closed, it shows what is ticked").isEqualTo("科技");
        waitUntil(() -> ENGLISH.get("status.saved").equals(in(robot, "#saveState").queryAs(Label.class).getText()));
        assertThat(FxWait.read(() -> in(robot, "#channelsProblem").queryAs(Label.class).isVisible())).isFalse();
        UUID id = openStory(robot);

        // removed again: the open story's channel is reported at the field
        DialogPane again = openPreferences(robot);
        pickChannels(robot, again);
        @SuppressWarnings("unchecked")
        ListView<String> list = (ListView<String>) again.lookupAll("#prefsChannels").stream()
                .filter(n -> n instanceof ListView).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select("科技"));
        robot.interact(() -> ((Button) again.lookup("#prefsChannelRemove")).fire());
        robot.interact(() -> ((Button) again.lookup("#preferencesOk")).fire());
        waitUntil(() -> in(robot, "#channelsProblem").queryAs(Label.class).isVisible());
        assertThat(FxWait.read(() -> in(robot, "#channelsProblem").queryAs(Label.class).getText()))
                .isEqualTo("The channel \"科技\" is not in the list of channels");
        close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().get(id).metadata().channels()).containsExactly("科技");
        }
        // the command line reads the same preferences: 科技 is gone, 新聞 is there
        assertThat(cli("meta", id.toString(), "--set", "channels=科技")).isEqualTo(1);
        assertThat(cli("meta", id.toString(), "--set", "channels=新聞")).isZero();
    }

    private int cli(String... args) {
        var cl = NewsdeskCommand.create(new NewsdeskCommand(Workspace.commandLine(), (d, lang, f) -> fail("no window"),
                d -> fail("no credentials"), file()));
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dataFolder.toString(), "--lang", "en"));
        all.addAll(List.of(args));
        return cl.execute(all.toArray(String[]::new));
    }

    private PreferencesFile file() {
        return new PreferencesFile(configFolder.resolve(PreferencesFile.FILE_NAME), Clock.systemUTC());
    }

    private DialogPane openPreferences(FxRobot robot) throws TimeoutException {
        robot.clickOn("#menu-edit").clickOn("#menuPreferences");
        waitUntil(() -> robot.lookup("#preferencesDialog").tryQuery().isPresent());
        return robot.lookup("#preferencesDialog").queryAs(DialogPane.class);
    }

    @SuppressWarnings("unchecked")
    private void pickChannels(FxRobot robot, DialogPane prefs) {
        ListView<PreferencesSection> sections = (ListView<PreferencesSection>) prefs.lookup("#preferencesSections");
        robot.interact(() -> sections.getSelectionModel().select(
                sections.getItems().stream().filter(s -> s.id().equals("prefsChannels")).findFirst().orElseThrow()));
    }

    private UUID openStory(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> in(robot, "#storyList").<LibraryEntry>queryTableView()
                .getSelectionModel().getSelectedItem().summary().id()).get(20, TimeUnit.SECONDS);
    }

    private void open(FxRobot robot) throws TimeoutException {
        PreferencesFile.Loaded loaded = file().load();
        window.open(robot,
                (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, file(), loaded, ENGLISH, null, closed));
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

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
