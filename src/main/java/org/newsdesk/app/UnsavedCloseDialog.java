package org.newsdesk.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.main.MainViewModel;

/**
 * Closing (or rebuilding) the window with typing the store has not saved: says why and where it
 * is kept, and offers "Save a copy as…" (plain text, to any folder), "Close anyway" or cancel.
 */
final class UnsavedCloseDialog {

    private UnsavedCloseDialog() {
    }

    /** Asks; {@code close} runs when the editor chooses to go on (after a copy, or anyway). */
    static void ask(Stage owner, Messages messages, MainViewModel viewModel, String why, Runnable close) {
        ButtonType copy = new ButtonType(messages.get("close.unsaved.saveCopy"), ButtonBar.ButtonData.OTHER);
        ButtonType anyway = new ButtonType(messages.get("close.unsaved.closeAnyway"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING,
                messages.get("close.unsaved.detail", why, viewModel.journalFolder()), copy, anyway, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("close.unsaved.title"));
        alert.setHeaderText(messages.get("close.unsaved.header"));
        alert.getDialogPane().setId("unsavedOnClose");
        alert.getDialogPane().setMinWidth(520);
        Optional<ButtonType> chosen = alert.showAndWait();
        if (chosen.isEmpty() || chosen.get() == cancel) {
            return;
        }
        if (chosen.get() == anyway) {
            close.run();
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("close.unsaved.saveCopy"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("close.unsaved.copyFilter"), "*.txt"));
        chooser.setInitialFileName("newsdesk-copy.txt");
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            ask(owner, messages, viewModel, why, close);
            return;
        }
        Path target = file.toPath();
        viewModel.saveCopy(target, close, error -> {
            Alert failed = new Alert(Alert.AlertType.ERROR,
                    messages.get("close.unsaved.copyFailed", target, String.valueOf(error.getMessage())),
                    new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
            failed.initOwner(owner);
            failed.showAndWait();
            ask(owner, messages, viewModel, why, close);
        });
    }
}
