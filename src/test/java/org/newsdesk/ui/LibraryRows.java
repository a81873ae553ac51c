package org.newsdesk.ui;

import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import org.newsdesk.store.LibraryEntry;
import org.testfx.api.FxRobot;

/** Opens a story as an editor does: by selecting its row in the library, then waiting until the panes show it. */
final class LibraryRows {

    private LibraryRows() {
    }

    static void open(FxRobot robot, Parent window, String headline) throws TimeoutException {
        TableView<LibraryEntry> table = robot.from(window).lookup("#storyList").queryTableView();
        FxWait.until(60, () -> table.getItems().stream().anyMatch(e -> e.summary().headline().equals(headline)));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> e.summary().headline().equals(headline)).findFirst().orElseThrow()));
        FxWait.until(60, () -> headline.equals(robot.from(window).lookup("#headlineField").queryTextInputControl()
                .getText()));
    }
}
