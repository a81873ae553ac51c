package org.newsdesk.ui.main;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Window;
import org.newsdesk.Version;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.StorySummary;
import org.newsdesk.ui.editor.EditorView;
import org.newsdesk.ui.library.LibraryView;
import org.newsdesk.ui.metadata.MetadataView;

/** The main window: menus, library | transcript | metadata, and the status bar. */
public final class MainView {

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final BorderPane root = new BorderPane();
    private final MainViewModel viewModel;
    private final Messages messages;
    private final EditorView editor;

    public MainView(MainViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        LibraryView library = new LibraryView(viewModel.library(), messages, viewModel::open);
        editor = new EditorView(viewModel.editor(), messages);
        MetadataView metadata = new MetadataView(viewModel.metadata(), messages);
        viewModel.openStoryProperty().addListener((obs, old, id) -> {
            if (id != null) {
                library.select(id);
            }
        });
        viewModel.library().shownStories().addListener((javafx.collections.ListChangeListener<StorySummary>) c -> {
            if (viewModel.openStoryProperty().get() != null) {
                library.select(viewModel.openStoryProperty().get());
            }
        });

        SplitPane split = new SplitPane(library.root(), editor.root(), metadata.root());
        split.setDividerPositions(0.22, 0.74);
        root.setId("mainWindow");
        root.setTop(menus());
        root.setCenter(split);
        root.setBottom(new StatusBar(viewModel, messages).root());
    }

    private MenuBar menus() {
        Menu file = new Menu(messages.get("menu.file"));
        file.setId("menuFile");
        file.getItems().addAll(
                item("menuNew", "menu.file.new", "Shortcut+N", viewModel::newStory),
                item("menuSaveRevision", "menu.file.saveRevision", "Shortcut+S", viewModel::saveRevision),
                item("menuRevisions", "menu.file.revisions", null, this::showRevisions),
                new SeparatorMenuItem(),
                item("menuRename", "menu.file.rename", "F2", this::rename),
                item("menuTrash", "menu.file.moveToTrash", null, this::confirmTrash),
                item("menuShowTrash", "menu.file.showTrash", null, this::showTrash),
                new SeparatorMenuItem(),
                item("menuQuit", "menu.file.quit", "Shortcut+Q", () -> window().fireEvent(
                        new javafx.stage.WindowEvent(window(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST))));
        Menu edit = new Menu(messages.get("menu.edit"));
        edit.getItems().addAll(
                item("menuUndo", "menu.edit.undo", null, () -> editor.area().undo()),
                item("menuRedo", "menu.edit.redo", null, () -> editor.area().redo()));
        edit.getItems().get(0).setText(messages.get("menu.edit.undo") + "\tCtrl+Z");
        edit.getItems().get(1).setText(messages.get("menu.edit.redo") + "\tCtrl+Y");
        Menu help = new Menu(messages.get("menu.help"));
        help.getItems().add(item("menuAbout", "menu.help.about", null, this::about));
        MenuBar bar = new MenuBar(file, edit, help);
        bar.setId("menuBar");
        return bar;
    }

    private MenuItem item(String id, String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void rename() {
        if (viewModel.openStoryProperty().get() == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(viewModel.metadata().headlineProperty().get());
        dialog.initOwner(window());
        dialog.setTitle(messages.get("dialog.rename.title"));
        dialog.setHeaderText(messages.get("dialog.rename.header"));
        dialog.getEditor().setId("renameField");
        dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(viewModel::rename);
    }

    private void confirmTrash() {
        if (viewModel.openStoryProperty().get() == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("dialog.trash.body"),
                ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(window());
        alert.setHeaderText(messages.get("dialog.trash.header"));
        alert.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> viewModel.moveToTrash());
    }

    private void showTrash() {
        viewModel.listTrash(stories -> {
            if (stories.isEmpty()) {
                info(messages.get("dialog.trash.emptyTitle"), messages.get("dialog.trash.empty"));
                return;
            }
            ChoiceDialog<Choice<StorySummary>> dialog = new ChoiceDialog<>(null, stories.stream()
                    .map(s -> new Choice<>(s, s.headline().isBlank() ? messages.get("library.untitled") : s.headline()))
                    .toList());
            dialog.initOwner(window());
            dialog.setTitle(messages.get("dialog.trash.title"));
            dialog.setHeaderText(messages.get("dialog.trash.pick"));
            dialog.showAndWait().ifPresent(choice -> viewModel.restoreFromTrash(choice.value().id(),
                    () -> viewModel.open(choice.value().id())));
        });
    }

    private void showRevisions() {
        viewModel.listRevisions(revisions -> {
            if (revisions.isEmpty()) {
                info(messages.get("dialog.revisions.title"), messages.get("dialog.revisions.none"));
                return;
            }
            List<Choice<RevisionInfo>> choices = revisions.stream().map(r -> new Choice<>(r,
                    messages.get("dialog.revisions.item", r.number(),
                            SAVED_AT.format(r.savedAt().atZone(ZoneId.systemDefault())), r.headline()))).toList();
            ChoiceDialog<Choice<RevisionInfo>> dialog = new ChoiceDialog<>(choices.get(0), choices);
            dialog.initOwner(window());
            dialog.setTitle(messages.get("dialog.revisions.title"));
            dialog.setHeaderText(messages.get("dialog.revisions.pick"));
            ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK))
                    .setText(messages.get("dialog.revisions.restore"));
            dialog.showAndWait().ifPresent(choice -> viewModel.restoreRevision(choice.value().number()));
        });
    }

    private void about() {
        info(messages.get("menu.help.about"), messages.get("dialog.about", Version.current()));
    }

    private void info(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, new ButtonType(messages.get("button.ok"),
                ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(window());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    /** A value with the text a dialog shows for it. */
    private record Choice<T>(T value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
