package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.store.Store;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.library.LibraryView;
import org.newsdesk.ui.library.LibraryViewModel;
import org.newsdesk.workflow.metadata.ChannelList;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * "Mine" ticked with nothing assigned to this editor: the empty library says that no story matches
 * the filters, not "No stories yet: File → New story" (the newsroom has stories, handed to others).
 */
@ExtendWith(ApplicationExtension.class)
class MineFilterPlaceholderTest {

    @TempDir
    Path dataFolder;

    @Test
    void anEmptyMineListSaysNothingMatchesNotThatThereAreNoStories(FxRobot robot) throws Exception {
        try (Store store = Store.open(dataFolder); FxBackgroundTasks tasks = new FxBackgroundTasks()) {
            UUID ferries = store.stories().create(Metadata.withHeadline("渡輪清晨開出"), List.of(),
                    List.of(Paragraph.narration("渡輪清晨六點開出。"))).id();
            Messages messages = new Messages(Locale.ENGLISH);
            LibraryViewModel viewModel = new LibraryViewModel(tasks, messages, ChannelList.DEFAULT, store,
                    e -> { throw new AssertionError(e); });
            AtomicReference<Stage> stage = new AtomicReference<>();
            AtomicReference<TableView<?>> table = new AtomicReference<>();
            robot.interact(() -> {
                LibraryView view = new LibraryView(viewModel, messages, FXCollections.observableHashMap(), id -> { });
                table.set((TableView<?>) view.root().lookup("#storyList"));
                Stage s = new Stage();
                s.setScene(new Scene(new StackPane(view.root()), 360, 500));
                s.show();
                stage.set(s);
            });
            robot.interact(() -> {
                viewModel.newsroom().joined(true, "li");
                viewModel.newsroom().desk(Map.of(), Map.of(ferries, "wang"));
                viewModel.reload();
            });
            FxWait.until(60, () -> table.get().getItems().size() == 1);

            robot.clickOn("#mineFilter");
            FxWait.until(60, () -> table.get().getItems().isEmpty()
                    && ((CheckBox) table.get().getScene().lookup("#mineFilter")).isSelected());
            String shown = FxWait.read(() -> ((Label) table.get().getPlaceholder()).getText());
            robot.interact(() -> stage.get().close());

            assertThat(shown).isEqualTo(messages.get("library.noMatch")).isNotEqualTo(messages.get("library.empty"));
        }
    }
}
