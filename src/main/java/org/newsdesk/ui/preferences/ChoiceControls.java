package org.newsdesk.ui.preferences;

import java.io.File;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;

/** Small controls the preference pages share: a choice with translated names, a folder field. */
final class ChoiceControls {

    private ChoiceControls() {
    }

    static <T> ChoiceBox<T> choice(String id, List<T> values, Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(v -> name.apply(v).equals(text)).findFirst().orElse(null);
            }
        });
        return box;
    }

    /** A typed folder path with a Choose… button (the typed path works where no file chooser does). */
    static HBox folderField(String id, StringProperty value, String accessibleText, Messages messages) {
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(accessibleText);
        field.setPrefColumnCount(24);
        field.textProperty().bindBidirectional(value);
        Button browse = new Button(messages.get("export.browse"));
        browse.setId(id + "Browse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File current = new File(field.getText().strip());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File picked = chooser.showDialog(field.getScene().getWindow());
            if (picked != null) {
                field.setText(picked.getAbsolutePath());
            }
        });
        HBox row = new HBox(6, field, browse);
        HBox.setHgrow(field, Priority.ALWAYS);
        return row;
    }
}
