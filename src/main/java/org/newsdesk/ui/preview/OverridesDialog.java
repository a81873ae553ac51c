package org.newsdesk.ui.preview;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.export.script.PhraseList;
import org.newsdesk.export.script.Script;
import org.newsdesk.i18n.Messages;

/**
 * The newsroom's own conversion phrases ("simplified TAB traditional", one pair a line),
 * which win over the shipped list: checked as typed, tried on a sample, saved to the data
 * folder and used by the next preview and export.
 */
public final class OverridesDialog extends Dialog<Void> {

    private final OverridesViewModel viewModel;
    private final TextArea text = new TextArea();
    private final Label problems = new Label();
    private final ChoiceBox<Script> direction = new ChoiceBox<>();

    public OverridesDialog(Window owner, OverridesViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle(messages.get("overrides.title"));
        setResizable(true);
        getDialogPane().setId("overridesDialog");
        getDialogPane().setPrefSize(620, 560);

        direction.setId("overridesDirection");
        direction.getItems().setAll(Script.HANT, Script.HANS);
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(Script s) {
                return s == null ? "" : messages.get(s == Script.HANT ? "overrides.toHant" : "overrides.toHans");
            }

            @Override
            public Script fromString(String s) {
                return null;
            }
        });
        direction.setOnAction(e -> load());
        text.setId("overridesText");
        text.setPromptText(messages.get("overrides.prompt"));
        VBox.setVgrow(text, Priority.ALWAYS);
        problems.setId("overridesProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("find-error");

        TextField sample = new TextField();
        sample.setId("overridesSample");
        sample.setPromptText(messages.get("overrides.samplePrompt"));
        Label result = new Label();
        result.setId("overridesResult");
        Button tryIt = new Button(messages.get("overrides.try"));
        tryIt.setId("overridesTry");
        tryIt.setOnAction(e -> viewModel.tryOut(direction.getValue(), parsed(), sample.getText(), result::setText));
        HBox sampleRow = new HBox(6, sample, tryIt);
        HBox.setHgrow(sample, Priority.ALWAYS);

        VBox content = new VBox(8, new HBox(8, new Label(messages.get("overrides.direction")), direction),
                new Label(messages.get("overrides.explain")), text, problems, sampleRow, result);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);

        ButtonType save = new ButtonType(messages.get("overrides.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("overridesSave");
        text.textProperty().addListener((o, a, b) -> {
            PhraseList list = parsed();
            problems.setText(String.join("\n", list.problems()));
            saveButton.setDisable(!list.problems().isEmpty());
        });
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            // keep the dialog open until the file is written, so a failure can be shown
            e.consume();
            viewModel.save(direction.getValue(), parsed(), this::close, problems::setText);
        });
        direction.setValue(Script.HANT);
        load();
    }

    private void load() {
        viewModel.load(direction.getValue(), text::setText);
    }

    private PhraseList parsed() {
        return PhraseList.parse(text.getText(), "");
    }
}
