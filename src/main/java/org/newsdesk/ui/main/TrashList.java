package org.newsdesk.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.StorySummary;

/** Edit → Show trash: the stories in the trash to pick one to restore (and open), or word that it is empty. */
final class TrashList {

    private TrashList() {
    }

    static void show(MainViewModel viewModel, Messages messages, Window owner) {
        viewModel.listTrash(stories -> {
            if (stories.isEmpty()) {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("dialog.trash.empty"),
                        new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
                alert.initOwner(owner);
                alert.setTitle(messages.get("dialog.trash.emptyTitle"));
                alert.setHeaderText(null);
                alert.showAndWait();
                return;
            }
            ChoiceDialog<Choice<StorySummary>> dialog = new ChoiceDialog<>(null, stories.stream()
                    .map(s -> new Choice<>(s, s.headline().isBlank() ? messages.get("library.untitled") : s.headline()))
                    .toList());
            dialog.initOwner(owner);
            dialog.setTitle(messages.get("dialog.trash.title"));
            dialog.setHeaderText(messages.get("dialog.trash.pick"));
            dialog.showAndWait().ifPresent(choice -> viewModel.restoreFromTrash(choice.value().id(),
                    () -> viewModel.open(choice.value().id())));
        });
    }

    /** A value with the text a dialog shows for it. */
    private record Choice<T>(T value, String text) {
        @Override
        public String toString() {
            return text;
        }
    }
}
