package org.newsdesk.ui.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.sync.TargetSettings;

/** "Publish…": the targets to publish the open story to, all ticked at first. */
public final class PublishDialog {

    private PublishDialog() {
    }

    /** Asks which targets; publishing itself runs in the background once the editor confirms. */
    public static void show(Window owner, SyncViewModel viewModel, Messages messages, UUID storyId, String headline,
                            Runnable openTargets) {
        show(owner, viewModel, messages, storyId, headline, openTargets, () -> { }, () -> { });
    }

    /**
     * As above; {@code queued} runs once the chosen targets are queued, {@code cancelled} when the
     * editor sends it nowhere (cancels, or ticks no target).
     */
    public static void show(Window owner, SyncViewModel viewModel, Messages messages, UUID storyId, String headline,
                            Runnable openTargets, Runnable queued, Runnable cancelled) {
        if (viewModel.targets().isEmpty()) {
            openTargets.run();
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("sync.publish.title"));
        VBox box = new VBox(8, new Label(messages.get("sync.publish.header", headline)));
        box.setPadding(new Insets(10));
        List<CheckBox> choices = new ArrayList<>();
        for (TargetSettings t : viewModel.targets()) {
            CheckBox c = new CheckBox(t.name() + "  (" + t.location() + ")");
            c.setId("publishTarget-" + t.name());
            c.setUserData(t.name());
            c.setSelected(true);
            choices.add(c);
            box.getChildren().add(c);
        }
        dialog.getDialogPane().setContent(box);
        ButtonType publish = new ButtonType(messages.get("sync.publish.action"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(publish, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(publish).setId("publishButton");
        dialog.getDialogPane().setId("publishDialog");
        boolean confirmed = dialog.showAndWait().filter(publish::equals).isPresent();
        List<String> chosen = choices.stream().filter(CheckBox::isSelected).map(c -> (String) c.getUserData()).toList();
        if (confirmed && !chosen.isEmpty()) {
            viewModel.publish(storyId, chosen, queued);
        } else {
            cancelled.run();
        }
    }
}
