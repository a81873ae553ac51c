package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Story;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** File → Recent stories and the library's Recent filter, across a restart. */
@ExtendWith(ApplicationExtension.class)
class RecentStoriesWindowTest {

    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dataFolder;
    private final AppWindow window = new AppWindow();
    private Story first;
    private Story second;

    @BeforeEach
    void threeStories() {
        try (Store store = TestStores.fresh(dataFolder)) {
            first = store.stories().create(Metadata.withHeadline("第一期：公交线路调整"), List.of(), List.of());
            second = store.stories().create(Metadata.withHeadline("第二期：老旧小区改造"), List.of(), List.of());
            store.stories().create(Metadata.withHeadline("第三期：从未打开"), List.of(), List.of());
            store.appState().put("ui.lastStory", first.id().toString());
        }
    }

    @Test
    void theStoriesOpenedLastAreListedNewestFirstAndKeptForTheNextStart(FxRobot robot) throws Exception {
        open(robot);
        FxWait.until(60, () -> recentTexts(robot).equals(List.of("第一期：公交线路调整")));
        libraryRow(robot, "第二期：老旧小区改造");
        FxWait.until(60,
                () -> recentTexts(robot).equals(List.of("第二期：老旧小区改造", "第一期：公交线路调整")));

        robot.interact(() -> window.in(robot, "#recentFilter").queryAs(CheckBox.class).setSelected(true));
        FxWait.until(60, () -> headlines(robot)
                .equals(List.of("第二期：老旧小区改造", "第一期：公交线路调整")));

        // the submenu's item opens its story
        robot.interact(() -> recent(robot).getItems().get(1).fire());
        FxWait.until(60,
                () -> recentTexts(robot).equals(List.of("第一期：公交线路调整", "第二期：老旧小区改造")));
        window.close(robot);

        open(robot);
        FxWait.until(60,
                () -> recentTexts(robot).equals(List.of("第一期：公交线路调整", "第二期：老旧小区改造")));
        window.close(robot);
    }

    private void open(FxRobot robot) throws TimeoutException {
        window.open(robot, (stage, closed) -> new NewsdeskApp().start(stage, dataFolder, CHINESE, null, closed));
    }

    @SuppressWarnings("unchecked")
    private List<String> headlines(FxRobot robot) {
        TableView<LibraryEntry> table = window.in(robot, "#storyList").queryAs(TableView.class);
        return table.getItems().stream().map(e -> e.summary().headline()).toList();
    }

    @SuppressWarnings("unchecked")
    private void libraryRow(FxRobot robot, String headline) {
        TableView<LibraryEntry> table = window.in(robot, "#storyList").queryAs(TableView.class);
        robot.interact(() -> table.getItems().stream().filter(e -> e.summary().headline().equals(headline)).findFirst()
                .ifPresent(e -> table.getSelectionModel().select(e)));
    }

    private Menu recent(FxRobot robot) {
        MenuBar bar = window.in(robot, "#menuBar").queryAs(MenuBar.class);
        return (Menu) bar.getMenus().get(0).getItems().stream().filter(i -> "menuRecent".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private List<String> recentTexts(FxRobot robot) {
        return recent(robot).getItems().stream().map(MenuItem::getText).toList();
    }
}
