package org.newsdesk.ui.publishing;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;

/** "Delivery targets…": the configured targets, add one (its secret goes to the credential store), remove one. */
public final class TargetsDialog {

    private TargetsDialog() {
    }

    public static void show(Window owner, SyncViewModel viewModel, Messages messages, String credentialKind) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("sync.targets.title"));
        TableView<TargetSettings> table = new TableView<>(viewModel.targets());
        table.setId("targetsTable");
        table.setPrefHeight(160);
        table.getColumns().add(column(messages.get("sync.targets.name"), t -> t.name()));
        table.getColumns().add(column(messages.get("sync.targets.kind"),
                t -> messages.get("sync.targets.kind." + t.kind().name().toLowerCase(Locale.ROOT))));
        table.getColumns().add(column(messages.get("sync.targets.location"), TargetSettings::location));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        Button remove = new Button(messages.get("sync.targets.remove"));
        remove.setId("removeTargetButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.removeTarget(table.getSelectionModel().getSelectedItem()));

        TextField name = new TextField();
        name.setId("targetName");
        ChoiceBox<TargetKind> kind = new ChoiceBox<>();
        kind.setId("targetKind");
        kind.getItems().addAll(TargetKind.values());
        kind.setValue(TargetKind.HTTP);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(TargetKind k) {
                return k == null ? "" : messages.get("sync.targets.kind." + k.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public TargetKind fromString(String s) {
                return null;
            }
        });
        TextField location = new TextField();
        location.setId("targetLocation");
        location.setPrefColumnCount(32);
        TextField user = new TextField();
        user.setId("targetUser");
        PasswordField secret = new PasswordField();
        secret.setId("targetSecret");
        TextField ca = new TextField();
        ca.setId("targetCa");
        ca.setPromptText(messages.get("sync.targets.ca"));
        ca.setAccessibleText(messages.get("sync.targets.ca"));
        ca.setPrefColumnCount(26);
        Button chooseCa = new Button(messages.get("sync.targets.caChoose"));
        chooseCa.setId("targetCaChoose");
        chooseCa.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("sync.targets.ca"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("sync.targets.caFiles"),
                    "*.pem", "*.crt", "*.cer", "*.der"));
            java.io.File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                ca.setText(chosen.getAbsolutePath());
            }
        });
        Label caProblem = new Label();
        caProblem.setId("targetCaProblem");
        caProblem.getStyleClass().add("field-problem");
        caProblem.setWrapText(true);
        caProblem.managedProperty().bind(caProblem.textProperty().isNotEmpty());
        ca.textProperty().addListener((obs, old, v) -> {
            caProblem.setText("");
            ca.getStyleClass().remove("invalid");
        });
        Button add = new Button(messages.get("sync.targets.add"));
        add.setId("addTargetButton");
        BooleanProperty checking = new SimpleBooleanProperty();
        add.disableProperty().bind(name.textProperty().isEmpty().or(location.textProperty().isEmpty()).or(checking));
        Runnable save = () -> {
            String caText = ca.getText() == null ? "" : ca.getText().strip();
            viewModel.addTarget(new TargetSettings(name.getText(), kind.getValue(), location.getText(), user.getText(),
                    caText.isEmpty() ? null : Path.of(caText)), secret.getText().toCharArray(), () -> {
                        name.clear();
                        location.clear();
                        user.clear();
                        secret.clear();
                        ca.clear();
                    });
        };
        add.setOnAction(e -> {
            String caText = ca.getText() == null ? "" : ca.getText().strip();
            if (caText.isEmpty()) {
                save.run();
                return;
            }
            Path file;
            try {
                file = Path.of(caText);
            } catch (InvalidPathException bad) {
                caProblem.setText(messages.get("tls.ca.missing", caText));
                return;
            }
            // the file is read off the FX thread; the target is added only if the certificate can be used
            checking.set(true);
            caProblem.setText(messages.get("sync.targets.caChecking"));
            viewModel.checkCaCertificate(file, problem -> {
                checking.set(false);
                caProblem.setText(problem.orElse(""));
                if (problem.isPresent()) {
                    ca.getStyleClass().add("invalid");
                } else {
                    save.run();
                }
            });
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.get("sync.targets.name")), name);
        form.addRow(1, new Label(messages.get("sync.targets.kind")), kind);
        form.addRow(2, new Label(messages.get("sync.targets.location")), location);
        form.addRow(3, new Label(messages.get("sync.targets.user")), user);
        form.addRow(4, new Label(messages.get("sync.targets.secret", credentialKind)), secret);
        form.addRow(5, new Label(messages.get("sync.targets.ca")), new HBox(6, ca, chooseCa));
        form.add(caProblem, 1, 6);
        form.add(add, 1, 7);
        Label status = new Label();
        status.setId("targetsMessage");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.messageProperty());
        VBox content = new VBox(8, table, remove, form, status);
        content.setPadding(new Insets(10));
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    private static TableColumn<TargetSettings, String> column(String title,
                                                             java.util.function.Function<TargetSettings, String> value) {
        TableColumn<TargetSettings, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
