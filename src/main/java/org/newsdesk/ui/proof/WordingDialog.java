package org.newsdesk.ui.proof;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;

/**
 * The newsroom's wording list, one entry a line ({@code prefer TAB term TAB preferred TAB
 * category} or {@code ban TAB term TAB TAB category}): bad lines are named as typed and Apply
 * waits until there are none, a sample is proofread with the list as edited, and Apply writes
 * the data folder's file and checks the open story again.
 */
public final class WordingDialog extends Dialog<Void> {

    private final WordingViewModel viewModel;
    private final TextArea text = new TextArea();
    private final Label problems = new Label();

    public WordingDialog(Window owner, WordingViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle(messages.get("proof.wording.title"));
        setResizable(true);
        getDialogPane().setId("wordingDialog");
        getDialogPane().setPrefSize(640, 580);

        Label explain = new Label(messages.get("proof.wording.explain"));
        explain.setWrapText(true);
        text.setId("wordingText");
        text.setPromptText(messages.get("proof.wording.prompt"));
        VBox.setVgrow(text, Priority.ALWAYS);
        problems.setId("wordingProblems");
        problems.setWrapText(true);
        problems.getStyleClass().add("find-error");

        TextArea sample = new TextArea();
        sample.setId("wordingSample");
        sample.setPrefRowCount(2);
        sample.setWrapText(true);
        sample.setPromptText(messages.get("proof.wording.samplePrompt"));
        Label result = new Label();
        result.setId("wordingResult");
        result.setWrapText(true);
        Button tryIt = new Button(messages.get("proof.wording.try"));
        tryIt.setId("wordingTry");
        tryIt.setOnAction(e -> {
            if (viewModel.problems(text.getText()).isEmpty()) {
                viewModel.tryOut(text.getText(), sample.getText(), result::setText);
            }
        });
        HBox sampleRow = new HBox(6, sample, tryIt);
        HBox.setHgrow(sample, Priority.ALWAYS);

        VBox content = new VBox(8, explain, text, problems, sampleRow, result);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);

        ButtonType apply = new ButtonType(messages.get("proof.wording.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(apply,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button applyButton = (Button) getDialogPane().lookupButton(apply);
        applyButton.setId("wordingApply");
        text.textProperty().addListener((o, a, b) -> {
            List<String> bad = viewModel.problems(b);
            problems.setText(String.join("\n", bad));
            applyButton.setDisable(!bad.isEmpty());
            tryIt.setDisable(!bad.isEmpty());
        });
        applyButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            // open until the file is written, so that a failure can be shown
            e.consume();
            viewModel.save(text.getText(), this::close, problems::setText);
        });
        viewModel.load(text::setText, problems::setText);
    }
}
