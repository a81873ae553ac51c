package org.newsdesk.ui.main;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.sync.Outbox;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.ui.publishing.PublishDialog;
import org.newsdesk.workflow.metadata.PortalTime;

/**
 * Status moves from the Story menu and the metadata pane, and the two deliberate acts:
 * Publish… and Withdraw…. A status move never sends anything, and Published and Withdrawn are
 * reached only through their dialogs, each with an explicit confirm.
 */
final class StatusMoves {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm (VV)");
    private final MainViewModel viewModel;
    private final Messages messages;
    private final Supplier<Window> window;
    private final Runnable editTargets;
    private java.util.function.Consumer<Window> showChanges = owner -> { };

    StatusMoves(MainViewModel viewModel, Messages messages, Supplier<Window> window, Runnable editTargets) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.window = window;
        this.editTargets = editTargets;
    }

    /** What the Publish… dialog's "Changes since last publish" opens (beside the dialog). */
    void showChangesWith(java.util.function.Consumer<Window> show) {
        this.showChanges = show;
    }

    /** Moves the open story to {@code to}; Published and Withdrawn open their dialogs instead. */
    void moveTo(Status to) {
        if (to == Status.PUBLISHED) {
            publish();
        } else if (to == Status.WITHDRAWN) {
            withdraw();
        } else {
            viewModel.moveTo(to, moved -> { });
        }
    }

    /**
     * Publish…: keeps the revision to send (none new when nothing changed), shows what will be
     * sent, and on confirm moves an Approved story to Published and queues the revision for the
     * ticked targets. A Published story is sent again (its page replaced) without a status move.
     */
    void publish() {
        UUID id = viewModel.openStoryProperty().get();
        Status status = viewModel.workflow().statusProperty().get();
        if (id == null || !viewModel.sync().attached()) {
            viewModel.tell(messages.get("sync.publish.noStory"));
            return;
        }
        if (status != Status.APPROVED && status != Status.PUBLISHED) {
            viewModel.tell(messages.get("publish.needsApproval", viewModel.workflow().label(Status.APPROVED)));
            return;
        }
        List<TargetSettings> targets = List.copyOf(viewModel.sync().targets());
        if (targets.isEmpty()) {
            offerTargets();
            return;
        }
        viewModel.saveRevisionThen(info -> {
            Story story = viewModel.currentStory();
            if (story == null || !id.equals(story.id())) {
                return;
            }
            ExportOptions options = ExportOptions.defaults();
            String time = story.metadata().publishTime() == null ? "" : TIME.format(story.metadata().publishTime());
            PublishDialog.show(window.get(), messages, new PublishDialog.Summary(story.metadata().headline(),
                    info.number(), options, time, status == Status.PUBLISHED), targets, story.metadata().timeZone(),
                    PortalTime.format(story.metadata().publishTime()), at -> heldUntil(story, at),
                    (chosen, at) -> send(id, status, chosen, at, !heldUntil(story, at).isEmpty()), showChanges);
        });
    }

    /** When a publish at {@code at} (the story's own time when null) is held until, as shown; blank: sent at once. */
    private static String heldUntil(Story story, ZonedDateTime at) {
        return Outbox.releaseTime(story, at).filter(t -> t.isAfter(Instant.now()))
                .map(t -> TIME.format(t.atZone(story.metadata().timeZone()))).orElse("");
    }

    private void send(UUID id, Status from, List<String> targets, ZonedDateTime at, boolean scheduled) {
        Runnable queue = () -> viewModel.sync().publish(id, targets, viewModel.editorName(), at, scheduled,
                () -> viewModel.tell(viewModel.sync().messageProperty().get()));
        if (scheduled || from == Status.PUBLISHED) {
            // scheduled: checked now and queued; the worker moves it to Published when it is released
            queue.run();
            return;
        }
        // the status first: a story that fails its checks now is refused, and nothing is queued
        viewModel.moveTo(Status.PUBLISHED, moved -> {
            if (moved == Status.PUBLISHED && id.equals(viewModel.openStoryProperty().get())) {
                queue.run();
            }
        });
    }

    /** Withdraw…: asks first; the status becomes Withdrawn and nothing is sent (the portal has no take-down). */
    void withdraw() {
        Story story = viewModel.currentStory();
        if (story == null || viewModel.workflow().statusProperty().get() != Status.PUBLISHED) {
            return;
        }
        ButtonType withdraw = new ButtonType(messages.get("publish.withdraw.action"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("publish.withdraw.body",
                story.metadata().headline()), withdraw, cancel);
        alert.initOwner(window.get());
        alert.setTitle(messages.get("publish.withdraw.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("withdrawDialog");
        Button confirm = (Button) alert.getDialogPane().lookupButton(withdraw);
        confirm.setId("withdrawButton");
        confirm.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.resultProperty().addListener((obs, old, chosen) -> {
            if (chosen == withdraw) {
                viewModel.moveTo(Status.WITHDRAWN, moved -> viewModel.tell(messages.get("sync.statusPublish.withdrawn")));
            }
        });
        alert.show();
    }

    /** Nowhere to send it: say so, and offer the Targets dialog (not modal). */
    private void offerTargets() {
        ButtonType setUp = new ButtonType(messages.get("sync.statusPublish.setUp"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("sync.statusPublish.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.get("publish.noTargets"), setUp, later);
        alert.initOwner(window.get());
        alert.setTitle(messages.get("sync.publish.title"));
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
