package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
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
 * The English library in a 1024-pixel window is about 300 pixels wide: Headline, Status, Part and Updated
 * at their narrowest do not fit there, and the last header was cut to "Up". The part gives way instead;
 * in a wider library it is shown.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryColumnsFitTest {

    @TempDir
    Path dataFolder;

    @Test
    void inANarrowEnglishLibraryThePartGivesWayAndTheOtherColumnsFit(FxRobot robot) throws Exception {
        LibrarySeed.insert(dataFolder, 20); // stories 10 and 20 are parts of a series
        try (Store store = TestStores.fresh(dataFolder); FxBackgroundTasks tasks = new FxBackgroundTasks()) {
            Messages messages = new Messages(Locale.ENGLISH);
            LibraryViewModel viewModel = new LibraryViewModel(tasks, messages, ChannelList.DEFAULT, store,
                    e -> { throw new AssertionError(e); });
            AtomicReference<Stage> stage = new AtomicReference<>();
            AtomicReference<TableView<?>> table = new AtomicReference<>();
            robot.interact(() -> {
                LibraryView view = new LibraryView(viewModel, messages, FXCollections.observableHashMap(), id -> { });
                table.set((TableView<?>) view.root().lookup("#storyList"));
                Stage s = new Stage();
                s.setScene(new Scene(new StackPane(view.root()), 300, 600));
                s.show();
                stage.set(s);
            });
            robot.interact(viewModel::reload);
            FxWait.until(60, () -> table.get().getItems().size() == 20);

            List<String> narrow = shown(table.get());
            double narrowOverflow = overflow(table.get());
            robot.interact(() -> stage.get().setWidth(220));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> narrower = shown(table.get());
            double narrowerOverflow = overflow(table.get());
            robot.interact(() -> stage.get().setWidth(460));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> wide = shown(table.get());
            robot.interact(() -> stage.get().close());

            // the part gives way first, then the update time; the headline and status always stay
            assertThat(narrow).startsWith("colHeadline", "colStatus").doesNotContain("colPart");
            assertThat(narrowOverflow).as("columns wider than the table " + narrow).isLessThanOrEqualTo(0.5);
            assertThat(narrower).containsExactly("colHeadline", "colStatus");
            assertThat(narrowerOverflow).as("columns wider than the narrower table").isLessThanOrEqualTo(0.5);
            assertThat(wide).containsExactly("colHeadline", "colStatus", "colPart", "colEditor", "colUpdated");
        }
    }

    /** The shown columns, after a layout pass. */
    private static List<String> shown(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            table.getScene().getRoot().applyCss();
            table.getScene().getRoot().layout();
            return table.getVisibleLeafColumns().stream().map(TableColumn::getId).toList();
        }).get(10, TimeUnit.SECONDS);
    }

    /** How far the shown columns run past the table's inside (its borders and vertical scroll bar left out). */
    private static double overflow(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            double bar = table.lookupAll(".scroll-bar").stream()
                    .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL && b.isVisible())
                    .mapToDouble(n -> ((ScrollBar) n).getWidth()).sum();
            double inside = table.getWidth() - table.getInsets().getLeft() - table.getInsets().getRight() - bar;
            return table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum() - inside;
        }).get(10, TimeUnit.SECONDS);
    }
}
