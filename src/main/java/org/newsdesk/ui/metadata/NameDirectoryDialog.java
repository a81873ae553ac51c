package org.newsdesk.ui.metadata;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.names.NameUse;

/**
 * "Name directory…": the sources, authors and editors used before, with how many stories use
 * each; choose one, type the right spelling and Rename (every story is fixed), or remove the
 * names no story uses. Not modal: the metadata pane behind it shows a rename at once.
 */
public final class NameDirectoryDialog {

    private NameDirectoryDialog() {
    }

    public static Dialog<Void> show(Window owner, NameDirectoryViewModel viewModel, Messages messages) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setTitle(messages.get("names.title"));
        dialog.setResizable(true);

        TextField filter = new TextField();
        filter.setId("namesFilter");
        filter.setPromptText(messages.get("names.filter"));
        filter.setAccessibleText(messages.get("names.filter"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ChoiceBox<NameKind> kind = new ChoiceBox<>();
        kind.setId("namesKind");
        kind.setAccessibleText(messages.get("names.col.kind"));
        kind.getItems().add(null);
        kind.getItems().addAll(NameKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(NameKind k) {
                return k == null ? messages.get("names.kind.all") : kindText(k, messages);
            }

            @Override
            public NameKind fromString(String s) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());

        TableView<NameUse> table = new TableView<>(viewModel.names());
        table.setId("namesTable");
        table.setAccessibleText(messages.get("names.title"));
        table.setPrefSize(480, 320);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("namesColKind", messages.get("names.col.kind"), u -> kindText(u.kind(), messages), 80));
        table.getColumns().add(column("namesColName", messages.get("names.col.name"), NameUse::name, 200));
        table.getColumns().add(column("namesColStories", messages.get("names.col.stories"), NameUse::stories, 70));
        table.getColumns().add(column("namesColUsed", messages.get("names.col.used"), NameUse::timesUsed, 70));
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        TextField newName = new TextField();
        newName.setId("namesNewName");
        newName.setPromptText(messages.get("names.newName"));
        newName.setAccessibleText(messages.get("names.newName"));
        newName.textProperty().bindBidirectional(viewModel.newNameProperty());
        newName.disableProperty().bind(viewModel.selectedProperty().isNull());
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button rename = new Button(messages.get("names.rename"));
        rename.setId("namesRename");
        rename.disableProperty().bind(Bindings.createBooleanBinding(() -> !viewModel.canRename(),
                viewModel.selectedProperty(), viewModel.newNameProperty(), viewModel.problemProperty()));
        rename.setOnAction(e -> viewModel.rename());
        newName.setOnAction(e -> viewModel.rename());
        Label problem = line("namesProblem", viewModel.problemProperty(), "field-problem");
        Label note = line("namesNote", viewModel.noteProperty(), "names-note");
        Button removeUnused = new Button(messages.get("names.removeUnused"));
        removeUnused.setId("namesRemoveUnused");
        removeUnused.setOnAction(e -> viewModel.removeUnused());
        Label outcome = line("namesOutcome", viewModel.outcomeProperty(), "names-outcome");

        VBox content = new VBox(8, new HBox(8, filter, kind), table, new HBox(8, newName, rename), problem, note,
                new HBox(8, removeUnused), outcome);
        content.setPadding(new Insets(4));
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setId("nameDirectory");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        viewModel.load();
        dialog.show();
        filter.requestFocus();
        return dialog;
    }

    static String kindText(NameKind kind, Messages messages) {
        return messages.get("names.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    private static Label line(String id, javafx.beans.value.ObservableValue<String> text, String style) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.textProperty().bind(text);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static <T> TableColumn<NameUse, T> column(String id, String title, Function<NameUse, T> value, double width) {
        TableColumn<NameUse, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
