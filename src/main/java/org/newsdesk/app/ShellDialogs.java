package org.newsdesk.app;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.newsdesk.i18n.Messages;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.ui.preferences.PreferencesSection;

/** What the editor is told about the preferences file, in their language. */
final class ShellDialogs {

    private ShellDialogs() {
    }

    /** The file could not be read: say where it was kept and that defaults are in use. */
    static void brokenPreferences(Stage owner, Messages messages, PreferencesFile.Loaded loaded) {
        String text = loaded.movedAside()
                .map(aside -> messages.get("prefs.broken.keptAside", loaded.problem(), aside))
                .orElseGet(() -> messages.get("prefs.broken.notMoved", loaded.problem()));
        Alert alert = alert(owner, messages, Alert.AlertType.WARNING, text);
        alert.getDialogPane().setId("brokenPreferences");
        alert.show();
    }

    static void preferencesNotSaved(Stage owner, Messages messages, Path file, Throwable error) {
        Alert alert = alert(owner, messages, Alert.AlertType.ERROR,
                messages.get("prefs.notSaved", file, String.valueOf(error.getMessage())));
        alert.getDialogPane().setId("preferencesNotSaved");
        alert.show();
    }

    /**
     * First start (no name in the preferences): asks who the editor is, an empty field to begin
     * with; {@code chosen} gets the name when one is given. Not asked again once a name is set.
     */
    static void askIdentity(Stage owner, Messages messages, java.util.function.Consumer<String> chosen) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog("");
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("identity.title"));
        dialog.setHeaderText(messages.get("identity.header"));
        dialog.setContentText(messages.get("identity.prompt"));
        dialog.getDialogPane().setId("identityDialog");
        dialog.getEditor().setId("identityName");
        dialog.resultProperty().addListener((obs, old, name) -> {
            if (name != null && !name.isBlank()) {
                chosen.accept(name.strip());
            }
        });
        dialog.show();
    }

    /** A Preferences page that explains and opens another screen's own editor (keys, targets). */
    static PreferencesSection opener(Messages messages, String id, String titleKey, String explainKey, String buttonKey,
            Runnable open) {
        Label explain = new Label(messages.get(explainKey));
        explain.setWrapText(true);
        Button button = new Button(messages.get(buttonKey));
        button.setId(id + "Open");
        button.setOnAction(e -> open.run());
        return new PreferencesSection(id, messages.get(titleKey), new VBox(10, explain, button), () -> { });
    }

    private static Alert alert(Stage owner, Messages messages, Alert.AlertType type, String text) {
        Alert alert = new Alert(type, text, new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.get("prefs.problem.header"));
        return alert;
    }
}
