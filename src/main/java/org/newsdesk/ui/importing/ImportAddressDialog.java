package org.newsdesk.ui.importing;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.importer.ImportErrorText;
import org.newsdesk.importer.ImportException;
import org.newsdesk.importer.PageFetcher;

/**
 * File → Import from address…: asks for the page's address. An address that is not http or
 * https is explained here, before anything is fetched; the page itself is read in the import
 * dialog, with its progress and cancel.
 */
public final class ImportAddressDialog extends Dialog<String> {

    public ImportAddressDialog(Window owner, Messages messages, String suggestion) {
        initOwner(owner);
        setTitle(messages.get("importAddress.title"));
        getDialogPane().setId("importAddressDialog");
        TextField address = new TextField(suggestion == null ? "" : suggestion);
        address.setId("importAddressField");
        address.setPrefColumnCount(48);
        address.setPromptText("https://");
        Label prompt = new Label(messages.get("importAddress.prompt"));
        prompt.setLabelFor(address);
        Label problem = new Label();
        problem.setId("importAddressProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("find-error");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        VBox content = new VBox(6, prompt, address, problem);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);

        ButtonType read = new ButtonType(messages.get("importAddress.read"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(read,
                new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Button readButton = (Button) getDialogPane().lookupButton(read);
        readButton.setId("importAddressRead");
        readButton.disableProperty().bind(address.textProperty().isEmpty());
        readButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                PageFetcher.parse(address.getText());
            } catch (ImportException bad) {
                problem.setText(ImportErrorText.describe(bad, messages));
                e.consume(); // keep the dialog open: the editor fixes the address
            }
        });
        address.textProperty().addListener((obs, old, now) -> problem.setText(""));
        setResultConverter(b -> b == read ? address.getText().strip() : null);
        setOnShown(e -> address.requestFocus());
    }
}
