package org.newsdesk.ui.publishing;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.i18n.Messages;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.workflow.metadata.PortalTime;

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

    /**
     * Shows the dialog (not blocking). The editor may give another publish time ({@code zone}'s
     * time, pre-filled with {@code storyTime}); {@code heldUntil} says for a time (null: the
     * story's own) until when the outbox would hold it, blank for at once. {@code confirmed} gets
     * the ticked targets' names and the chosen time ({@code null} when left as the story's).
     */
    public static Dialog<ButtonType> show(Window owner, Messages messages, Summary summary, List<TargetSettings> targets,
                                          ZoneId zone, String storyTime, Function<ZonedDateTime, String> heldUntil,
                                          BiConsumer<List<String>, ZonedDateTime> confirmed) {
        return show(owner, messages, summary, targets, zone, storyTime, heldUntil, confirmed, null);
    }

    /**
     * As above; when the story was published before, a button opens {@code showChanges} (beside
     * the dialog) with what this correction changes since the last publication.
     */
    public static Dialog<ButtonType> show(Window owner, Messages messages, Summary summary, List<TargetSettings> targets,
                                          ZoneId zone, String storyTime, Function<ZonedDateTime, String> heldUntil,
                                          BiConsumer<List<String>, ZonedDateTime> confirmed,
                                          Consumer<Window> showChanges) {
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
        TextField at = new TextField(storyTime);
        at.setId("publishAtField");
        at.setPromptText(messages.get("publish.dialog.atPrompt"));
        grid.addRow(row++, new Label(messages.get("publish.dialog.at")), at);
        Label release = new Label();
        release.setId("publishRelease");
        release.setWrapText(true);
        grid.addRow(row++, new Label(messages.get("publish.dialog.release")), release);
        javafx.beans.property.BooleanProperty badTime = new javafx.beans.property.SimpleBooleanProperty();
        Runnable showRelease = () -> {
            try {
                String held = heldUntil.apply(chosenTime(at.getText(), storyTime, zone));
                release.setText(held.isBlank() ? messages.get("publish.dialog.releaseNow")
                        : messages.get("publish.dialog.releaseHeld", held));
                badTime.set(false);
            } catch (DateTimeException e) {
                release.setText(messages.get("publish.dialog.badTime", at.getText().strip()));
                badTime.set(true);
            }
        };
        at.textProperty().addListener((obs, old, text) -> showRelease.run());
        showRelease.run();
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
        List<javafx.beans.Observable> watched = new ArrayList<>(choices.stream().map(CheckBox::selectedProperty).toList());
        watched.add(badTime);
        publishButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> badTime.get() || choices.stream().noneMatch(CheckBox::isSelected),
                watched.toArray(javafx.beans.Observable[]::new)));
        dialog.getDialogPane().setId("publishDialog");
        dialog.setResultConverter(b -> b);
        dialog.resultProperty().addListener((obs, old, chosen) -> {
            if (chosen == publish) {
                confirmed.accept(choices.stream().filter(CheckBox::isSelected).map(c -> (String) c.getUserData()).toList(),
                        chosenTime(at.getText(), storyTime, zone));
            }
        });
        dialog.show();
        return dialog;
    }

    /** The time typed, or {@code null} when it is the story's own (unchanged). */
    private static ZonedDateTime chosenTime(String text, String storyTime, ZoneId zone) {
        if (text == null || text.strip().equals(storyTime.strip())) {
            return null;
        }
        if (text.isBlank()) {
            // cleared: at once, whatever the story's own time says
            return ZonedDateTime.now(zone);
        }
        return PortalTime.parse(text, zone);
    }

    private static int add(GridPane grid, int row, String name, String value, String id) {
        Label shown = new Label(value);
        shown.setId(id);
        shown.setWrapText(true);
        grid.addRow(row, new Label(name), shown);
        return row + 1;
    }
}
