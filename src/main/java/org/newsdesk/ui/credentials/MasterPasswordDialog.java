package org.newsdesk.ui.credentials;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;

/**
 * Asks for the master password of the saved passwords file: twice when it is being
 * created, once to unlock it. Says which store keeps the passwords. Stays open, with
 * the reason, until the password works or the editor chooses "Not now"; the result is
 * {@code true} once the store is open.
 */
public final class MasterPasswordDialog extends Dialog<Boolean> {

    private final MasterPasswordViewModel viewModel;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public MasterPasswordDialog(Window owner, MasterPasswordViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        initOwner(owner);
        boolean creating = viewModel.creating();
        setTitle(messages.get(creating ? "credentials.dialog.createTitle" : "credentials.dialog.unlockTitle"));
        getDialogPane().setId("masterPasswordDialog");
        getDialogPane().getStylesheets().add(
                MasterPasswordDialog.class.getResource("/org/newsdesk/ui/newsdesk.css").toExternalForm());
        getDialogPane().setPrefWidth(520);

        Label store = new Label(viewModel.storeInUse());
        store.setId("masterPasswordStore");
        wrap(store);
        Label explain = new Label(messages.get(creating ? "credentials.dialog.createExplain" : "credentials.dialog.unlockExplain"));
        wrap(explain);

        password.setId("masterPassword");
        password.setAccessibleText(messages.get("credentials.dialog.password"));
        repeat.setId("masterPasswordRepeat");
        repeat.setAccessibleText(messages.get("credentials.dialog.repeat"));
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(6);
        fields.addRow(0, new Label(messages.get("credentials.dialog.password")), password);
        if (creating) {
            fields.addRow(1, new Label(messages.get("credentials.dialog.repeat")), repeat);
        }
        GridPane.setHgrow(password, Priority.ALWAYS);
        GridPane.setHgrow(repeat, Priority.ALWAYS);

        Label error = new Label();
        error.setId("masterPasswordError");
        wrap(error);
        error.getStyleClass().add("find-error");
        error.textProperty().bind(viewModel.errorProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("masterPasswordProgress");
        progress.setPrefSize(18, 18);
        Label working = new Label(messages.get("credentials.dialog.working"));
        HBox busyRow = new HBox(8, progress, working);
        busyRow.visibleProperty().bind(viewModel.busyProperty());
        busyRow.managedProperty().bind(viewModel.busyProperty());

        VBox content = new VBox(10, store, explain, fields, busyRow, error);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        fields.disableProperty().bind(viewModel.busyProperty());

        ButtonType ok = new ButtonType(messages.get(creating ? "credentials.dialog.create" : "credentials.dialog.unlock"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("credentials.dialog.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(ok, later);
        Node okButton = getDialogPane().lookupButton(ok);
        okButton.setId("masterPasswordOk");
        okButton.disableProperty().bind(viewModel.busyProperty());
        getDialogPane().lookupButton(later).setId("masterPasswordLater");
        // the dialog stays open while the password is checked; it closes itself once the store is open
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.submit(password.getText().toCharArray(), repeat.getText().toCharArray());
        });
        viewModel.unlockedProperty().addListener((obs, was, open) -> {
            if (open) {
                password.clear();
                repeat.clear();
                setResult(Boolean.TRUE);
                close();
            }
        });
        viewModel.errorProperty().addListener((obs, old, text) -> {
            // the reason may take more lines than the dialog was sized for
            getDialogPane().getScene().getWindow().sizeToScene();
            if (!text.isEmpty()) {
                password.requestFocus();
                password.selectAll();
            }
        });
        setResultConverter(b -> b == ok && viewModel.unlockedProperty().get());
        Platform.runLater(password::requestFocus);
    }

    /** Wrapped text that keeps all its lines: a dialog pane otherwise cuts a label to one line. */
    private static void wrap(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }
}
