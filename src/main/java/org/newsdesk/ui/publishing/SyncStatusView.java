package org.newsdesk.ui.publishing;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.newsdesk.i18n.Messages;

/** The status bar's publishing indicator: online or offline, how many wait, how many need the editor, the last error. */
public final class SyncStatusView {

    private final Label label = new Label();

    /** @param openTargets opens the Targets dialog (a click on "No publishing targets") */
    public SyncStatusView(SyncViewModel viewModel, Messages messages, Runnable openTargets) {
        label.setId("syncStatus");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!viewModel.targetsKnownProperty().get()) {
                return "";
            }
            if (noTargets(viewModel)) {
                // "online" would be a lie: nothing can be delivered anywhere
                return messages.get("sync.status.noTargets");
            }
            StringBuilder text = new StringBuilder(messages.get(viewModel.onlineProperty().get()
                    ? "sync.status.online" : "sync.status.offline"));
            if (viewModel.waitingProperty().get() > 0) {
                text.append(" · ").append(messages.get("sync.status.waiting", viewModel.waitingProperty().get()));
            }
            if (viewModel.needsEditorProperty().get() > 0) {
                text.append(" · ").append(messages.get("sync.status.needsEditor", viewModel.needsEditorProperty().get()));
            }
            return text.toString();
        }, viewModel.onlineProperty(), viewModel.waitingProperty(), viewModel.needsEditorProperty(),
                viewModel.targetsKnownProperty(), viewModel.targets()));
        label.setOnMouseClicked(e -> {
            if (noTargets(viewModel)) {
                openTargets.run();
            }
        });
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> viewModel.lastErrorProperty().get().isEmpty() ? ""
                : messages.get("sync.status.lastError", viewModel.lastErrorProperty().get()), viewModel.lastErrorProperty()));
        label.setTooltip(tip);
        Runnable style = () -> {
            label.getStyleClass().removeAll("sync-offline", "sync-needs-editor", "sync-no-targets");
            if (noTargets(viewModel)) {
                label.getStyleClass().add("sync-no-targets");
                label.setAccessibleHelp(messages.get("sync.status.noTargetsHelp"));
                return;
            }
            label.setAccessibleHelp(null);
            if (!viewModel.onlineProperty().get()) {
                label.getStyleClass().add("sync-offline");
            }
            if (viewModel.needsEditorProperty().get() > 0) {
                label.getStyleClass().add("sync-needs-editor");
            }
        };
        viewModel.onlineProperty().addListener((o, a, b) -> style.run());
        viewModel.needsEditorProperty().addListener((o, a, b) -> style.run());
        viewModel.targetsKnownProperty().addListener((o, a, b) -> style.run());
        viewModel.targets().addListener((javafx.collections.ListChangeListener<Object>) c -> style.run());
    }

    private static boolean noTargets(SyncViewModel viewModel) {
        return viewModel.targetsKnownProperty().get() && viewModel.targets().isEmpty();
    }

    public Label root() {
        return label;
    }
}
