package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Callback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.LibrarySeed;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.library.LibraryView;
import org.newsdesk.ui.library.LibraryViewModel;
import org.newsdesk.workflow.metadata.ChannelList;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 100,000 stories in the store reach the library table through the view model as the window
 * loads them, and scrolling from the top to the end and back builds only about a screenful of
 * rows and cells: the table is virtualized.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryScrollTest {

    private static final int STORIES = 100_000;
    /** A table in a 700-pixel window shows about 20 rows; the flow keeps a few more. */
    private static final int MAX_ROWS = 100;

    @TempDir
    Path dataFolder;

    @Test
    @SuppressWarnings("unchecked")
    void onlyTheVisibleRowsAreBuiltWhileScrollingAHundredThousandStories(FxRobot robot) throws Exception {
        LibrarySeed.insert(dataFolder, STORIES);
        AtomicInteger rows = new AtomicInteger();
        AtomicInteger cells = new AtomicInteger();
        AtomicReference<TableView<LibraryEntry>> tableRef = new AtomicReference<>();
        AtomicReference<Stage> stageRef = new AtomicReference<>();
        try (Store store = TestStores.fresh(dataFolder); FxBackgroundTasks tasks = new FxBackgroundTasks()) {
            Messages messages = new Messages(Locale.ENGLISH);
            LibraryViewModel viewModel = new LibraryViewModel(tasks, messages, ChannelList.DEFAULT, store,
                    e -> { throw new AssertionError(e); });
            robot.interact(() -> {
                LibraryView view = new LibraryView(viewModel, messages, FXCollections.observableHashMap(), id -> { });
                TableView<LibraryEntry> table = (TableView<LibraryEntry>) view.root().lookup("#storyList");
                // count what the table builds, keeping the library's own cells
                table.setRowFactory(t -> {
                    rows.incrementAndGet();
                    return new TableRow<>();
                });
                for (TableColumn<LibraryEntry, ?> column : table.getColumns()) {
                    count((TableColumn<LibraryEntry, Object>) column, cells);
                }
                Stage stage = new Stage();
                stage.setScene(new Scene(new StackPane(view.root()), 420, 700));
                stage.show();
                tableRef.set(table);
                stageRef.set(stage);
            });
            TableView<LibraryEntry> table = tableRef.get();
            robot.interact(viewModel::reload);
            FxWait.until(60, () -> table.getItems().size() == STORIES);

            for (int top = 0; top < STORIES; top += 997) {
                scrollTo(robot, table, top);
            }
            // at the end, fixed-height rows can leave the last one half in view, so any of the last three counts
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                scrollTo(robot, table, STORIES - 1);
                return showing(table, STORIES - 3, STORIES - 1);
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                scrollTo(robot, table, 0);
                return showing(table, 0, 0);
            });

            // columns hidden in this library (the newsroom's, without a newsroom) build no cells
            int columns = WaitForAsyncUtils.asyncFx(() -> table.getVisibleLeafColumns().size()).get(10, TimeUnit.SECONDS);
            assertThat(rows.get()).as("table rows built").isBetween(10, MAX_ROWS);
            assertThat(cells.get()).as("table cells built").isBetween(10 * columns, MAX_ROWS * columns);
            assertThat(table.lookupAll(".table-row-cell").size()).as("rows in the scene").isLessThan(MAX_ROWS);
            robot.interact(() -> stageRef.get().close());
        }
    }

    private static void count(TableColumn<LibraryEntry, Object> column, AtomicInteger cells) {
        Callback<TableColumn<LibraryEntry, Object>, javafx.scene.control.TableCell<LibraryEntry, Object>> own =
                column.getCellFactory();
        column.setCellFactory(c -> {
            cells.incrementAndGet();
            return own.call(c);
        });
    }

    /** Scrolls so that row {@code index} is shown, then does CSS and layout as a pulse would. */
    private static void scrollTo(FxRobot robot, TableView<?> table, int index) {
        robot.interact(() -> {
            table.scrollTo(index);
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
        });
    }

    /** Whether a row from {@code first} to {@code last} is in view. */
    private static boolean showing(TableView<?> table, int first, int last) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-row-cell").stream().anyMatch(r -> r.isVisible()
                && ((TableRow<?>) r).getIndex() >= first && ((TableRow<?>) r).getIndex() <= last)).get(20, TimeUnit.SECONDS);
    }
}
