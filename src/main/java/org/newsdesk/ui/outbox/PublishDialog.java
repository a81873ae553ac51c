package org.newsdesk.ui.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.i18n.Messages;
import org.newsdesk.sync.TargetSettings;

/**
 * "Publish…": shows what will be sent — headline, revision, script, label style, publish time —
 * and the targets, all ticked at first. Nothing is sent and the status does not change until
 * the editor presses Publish; Enter and Esc cancel (Publish is not the default button).
 */
public final class PublishDialog {

    /**
     * What a publication sends.
     *
     * @param headline    the story's headline
     * @param revision    the revision that is sent
     * @param options     how the bundle is made
     * @param publishTime the page's publish time as shown, blank when not set
     * @param republish   true when the story is already published (the page is replaced)
     */
    public record Summary(String headline, int revision, ExportOptions options, String publishTime, boolean republish) {
    }

    private PublishDialog() {
    }

    /** Shows the dialog (not blocking); {@code confirmed} gets the ticked targets' names when the editor publishes. */
    public static Dialog<ButtonType> show(Window owner, Messages messages, Summary summary, List<TargetSettings> targets,
                                          Consumer<List<String>> confirmed) {
        return show(owner, messages, summary, targets, confirmed, null);
    }

    /**
     * As above; when the story was published before, a button opens {@code showChanges} (beside
     * the dialog) with what this correction changes since the last publication.
     */
    public static Dialog<ButtonType> show(Window owner, Messages messages, Summary summary, List<TargetSettings> targets,
                                          Consumer<List<String>> confirmed, Consumer<Window> showChanges) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("sync.publish.title"));
        dialog.setHeaderText(messages.get(summary.republish() ? "publish.dialog.republish" : "publish.dialog.header"));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        int row = 0;
        row = add(grid, row, messages.get("publish.dialog.headline"), summary.headline(), "publishHeadline");
        row = add(grid, row, messages.get("publish.dialog.revision"), String.valueOf(summary.revision()),
                "publishRevision");
        row = add(grid, row, messages.get("export.script"), messages.get("script."
                + summary.options().script().cliName().replace("-", "").toLowerCase(Locale.ROOT)), "publishScript");
        row = add(grid, row, messages.get("export.labels"), messages.get("labels." + summary.options().labels().cliName()),
                "publishLabels");
        row = add(grid, row, messages.get("publish.dialog.time"), summary.publishTime().isBlank()
                ? messages.get("publish.dialog.timeUnset") : summary.publishTime(), "publishTime");
        VBox box = new VBox(6, grid, new Label(messages.get("publish.dialog.targets")));
        box.setPadding(new Insets(10));
        List<CheckBox> choices = new ArrayList<>();
        for (TargetSettings t : targets) {
            CheckBox c = new CheckBox(t.name() + "  (" + t.location() + ")");
            c.setId("publishTarget-" + t.name());
            c.setUserData(t.name());
            c.setSelected(true);
            choices.add(c);
            box.getChildren().add(c);
        }
        if (summary.republish() && showChanges != null) {
            Button changes = new Button(messages.get("compare.sincePublish"));
            changes.setId("publishShowChanges");
            changes.setOnAction(e -> showChanges.accept(dialog.getDialogPane().getScene().getWindow()));
            box.getChildren().add(1, changes);
        }
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setMinWidth(460);
        ButtonType publish = new ButtonType(messages.get("sync.publish.action"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(publish, cancel);
        Button publishButton = (Button) dialog.getDialogPane().lookupButton(publish);
        publishButton.setId("publishButton");
        // a deliberate act: Enter alone never publishes
        publishButton.setDefaultButton(false);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("publishCancel");
        cancelButton.setDefaultButton(true);
        publishButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> choices.stream().noneMatch(CheckBox::isSelected),
                choices.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new)));
        dialog.getDialogPane().setId("publishDialog");
        dialog.setResultConverter(b -> b);
        dialog.resultProperty().addListener((obs, old, chosen) -> {
            if (chosen == publish) {
                confirmed.accept(choices.stream().filter(CheckBox::isSelected).map(c -> (String) c.getUserData()).toList());
            }
        });
        dialog.show();
        return dialog;
    }

    private static int add(GridPane grid, int row, String name, String value, String id) {
        Label shown = new Label(value);
        shown.setId(id);
        shown.setWrapText(true);
        grid.addRow(row, new Label(name), shown);
        return row + 1;
    }
}
