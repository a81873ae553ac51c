package org.newsdesk.ui.editor;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/** Adds or edits one roster entry: label, full name, title, role. */
final class SpeakerDialog extends Dialog<Speaker> {

    SpeakerDialog(Messages messages, Speaker existing, String key) {
        setTitle(messages.get(existing == null ? "roster.add" : "roster.edit"));
        getDialogPane().setId("speakerDialog");
        TextField label = field("speakerLabel", existing == null ? "" : existing.label());
        TextField fullName = field("speakerFullName", existing == null ? "" : existing.fullName());
        TextField title = field("speakerTitle", existing == null ? "" : existing.title());
        ChoiceBox<SpeakerRole> role = new ChoiceBox<>();
        role.setId("speakerRole");
        role.getItems().setAll(SpeakerRole.values());
        role.setValue(existing == null ? SpeakerRole.GUEST : existing.role());
        role.setConverter(new StringConverter<>() {
            @Override
            public String toString(SpeakerRole r) {
                return r == null ? "" : messages.get("role." + r.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public SpeakerRole fromString(String s) {
                return null;
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(messages.get("speaker.label")), label);
        grid.addRow(1, new Label(messages.get("speaker.fullName")), fullName);
        grid.addRow(2, new Label(messages.get("speaker.title")), title);
        grid.addRow(3, new Label(messages.get("speaker.role")), role);
        getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, new ButtonType(messages.get("button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(ok).disableProperty().bind(label.textProperty().isEmpty());
        setOnShown(e -> label.requestFocus());
        setResultConverter(b -> b == ok
                ? new Speaker(key, label.getText().strip(), fullName.getText().strip(), title.getText().strip(), role.getValue())
                : null);
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }
}
