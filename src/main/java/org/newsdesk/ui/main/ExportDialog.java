package org.newsdesk.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.export.ScriptMode;
import org.newsdesk.i18n.Messages;

/** File → Export: scripts, label style, zip, and the folder (remembered between exports). */
final class ExportDialog extends Dialog<ExportDialog.Choice> {

    /** What the editor chose; {@code docx}: a Word document for the guest's office's review, not the page bundle. */
    record Choice(ExportOptions options, Path folder, boolean zip, boolean docx) {
    }

    /** What File → Export writes. */
    enum Format { HTML, DOCX }

    ExportDialog(Window owner, Messages messages, Path folder, String warning, LabelStyle proposedLabels) {
        initOwner(owner);
        setTitle(messages.get("export.title"));
        getDialogPane().setId("exportDialog");
        ChoiceBox<Format> format = choice("exportFormat", Format.values(), Format.HTML,
                f -> messages.get("reviewui.format." + f.name().toLowerCase(Locale.ROOT)));
        var word = format.valueProperty().isEqualTo(Format.DOCX);
        ChoiceBox<ScriptMode> script = choice("exportScript", ScriptMode.values(), ScriptMode.AS_IS,
                m -> messages.get("script." + m.cliName().replace("-", "").toLowerCase(Locale.ROOT)));
        ChoiceBox<LabelStyle> labels = choice("exportLabels", LabelStyle.values(), proposedLabels,
                l -> messages.get("labels." + l.cliName()));
        CheckBox zip = new CheckBox(messages.get("export.zip"));
        zip.setId("exportZip");
        zip.setSelected(true);
        CheckBox timestamps = new CheckBox(messages.get("media.export.timestamps"));
        timestamps.setId("exportTimestamps");
        CheckBox fixConversion = new CheckBox(messages.get("export.fixConversion"));
        fixConversion.setId("exportFixConversion");
        fixConversion.setSelected(true);
        fixConversion.disableProperty().bind(script.valueProperty().isEqualTo(ScriptMode.AS_IS)
                .or(script.valueProperty().isEqualTo(ScriptMode.HANS)).or(word));
        // the Word document is the revision as it is, for the guest to edit: one file, no page options
        script.disableProperty().bind(word);
        zip.disableProperty().bind(word);
        timestamps.disableProperty().bind(word);
        TextField where = new TextField(folder == null ? "" : folder.toString());
        where.setId("exportFolder");
        where.setPrefColumnCount(32);
        Button browse = new Button(messages.get("export.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File current = new File(where.getText());
            if (current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File picked = chooser.showDialog(getOwner());
            if (picked != null) {
                where.setText(picked.getPath());
            }
        });
        HBox folderRow = new HBox(6, where, browse);
        HBox.setHgrow(where, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        int row = 0;
        if (warning != null) {
            Label warn = new Label(warning);
            warn.setId("exportWarning");
            warn.setWrapText(true);
            warn.getStyleClass().add("find-error");
            grid.add(warn, 0, row++, 2, 1);
        }
        grid.addRow(row++, new Label(messages.get("reviewui.format")), format);
        grid.addRow(row++, new Label(messages.get("export.script")), script);
        grid.addRow(row++, new Label(messages.get("export.labels")), labels);
        grid.addRow(row++, new Label(messages.get("export.folder")), folderRow);
        grid.add(zip, 1, row++);
        grid.add(timestamps, 1, row++);
        grid.add(fixConversion, 1, row);
        getDialogPane().setContent(grid);
        ButtonType export = new ButtonType(messages.get("export.run"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(export).setId("exportRun");
        getDialogPane().lookupButton(export).disableProperty().bind(where.textProperty().isEmpty());
        setResultConverter(b -> b != export ? null : new Choice(
                ExportOptions.defaults().withScript(script.getValue()).withLabels(labels.getValue())
                        .withTimestamps(timestamps.isSelected()).withFixConversion(fixConversion.isSelected()),
                Path.of(where.getText().strip()), zip.isSelected(), format.getValue() == Format.DOCX));
    }

    private static <T> ChoiceBox<T> choice(String id, T[] values, T initial, Function<T, String> name) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(initial);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }
}
