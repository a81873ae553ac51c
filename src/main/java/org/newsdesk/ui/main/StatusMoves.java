package org.newsdesk.ui.main;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.ui.outbox.PublishDialog;

/** The Story menu's status changes, and what moving to Published or Withdrawn means for delivery. */
final class StatusMoves {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> window;
    private final Runnable editTargets;

    StatusMoves(MainViewModel viewModel, Messages messages, Supplier<Window> window, Runnable editTargets) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.window = window;
        this.editTargets = editTargets;
    }

    /**
     * Moves the open story to another status. Moving it to Published also sends it, as Publish
     * does: to the one target there is, or to those the editor ticks when there are several.
     * Without targets the status still changes (publishing is the newsroom's decision; the
     * portal may be fed some other way today) and the editor is told that nothing went out,
     * with the Targets dialog one click away. Withdrawing sends nothing.
     */
    void moveTo(Status to) {
        UUID id = viewModel.openStoryProperty().get();
        viewModel.moveTo(to, moved -> {
            if (id == null || !viewModel.sync().attached()) {
                return;
            }
            if (moved == Status.PUBLISHED) {
                sendPublished(id);
            } else if (moved == Status.WITHDRAWN) {
                viewModel.tell(messages.get("sync.statusPublish.withdrawn"));
            }
        });
    }

    private void sendPublished(UUID id) {
        String headline = viewModel.currentStory() == null ? "" : viewModel.currentStory().metadata().headline();
        List<TargetSettings> targets = List.copyOf(viewModel.sync().targets());
        Runnable told = () -> viewModel.tell(viewModel.sync().messageProperty().get());
        if (targets.isEmpty()) {
            offerTargets(headline);
            return;
        }
        // the window keeps the revision (as Publish does), so the outbox need not write to the open story
        viewModel.saveRevisionThen(() -> {
            if (targets.size() == 1) {
                viewModel.sync().publish(id, List.of(targets.get(0).name()), told);
            } else {
                PublishDialog.show(window.get(), viewModel.sync(), messages, id, headline, editTargets, told,
                        () -> viewModel.tell(messages.get("sync.statusPublish.notSent")));
            }
        });
    }

    /** Published, but there is nowhere to send it: say so, and offer the Targets dialog (not modal). */
    private void offerTargets(String headline) {
        viewModel.tell(messages.get("sync.statusPublish.notSent"));
        ButtonType setUp = new ButtonType(messages.get("sync.statusPublish.setUp"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("sync.statusPublish.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("sync.statusPublish.noTargets", headline),
                setUp, later);
        alert.initOwner(window.get());
        alert.setTitle(messages.get("sync.statusPublish.noTargetsTitle"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("noTargetsAlert");
        alert.getDialogPane().lookupButton(setUp).setId("noTargetsSetUp");
        alert.getDialogPane().lookupButton(later).setId("noTargetsLater");
        alert.resultProperty().addListener((obs, old, chosen) -> {
            if (chosen == setUp) {
                editTargets.run();
            }
        });
        alert.show();
    }
}
