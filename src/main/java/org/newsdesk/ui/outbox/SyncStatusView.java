package org.newsdesk.ui.outbox;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.newsdesk.i18n.Messages;

/** The status bar's publishing indicator: online or offline, how many wait, how many need the editor, the last error. */
public final class SyncStatusView {

    private final Label label = new Label();

    public SyncStatusView(SyncViewModel viewModel, Messages messages) {
        label.setId("syncStatus");
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            StringBuilder text = new StringBuilder(messages.get(viewModel.onlineProperty().get()
                    ? "sync.status.online" : "sync.status.offline"));
            if (viewModel.waitingProperty().get() > 0) {
                text.append(" · ").append(messages.get("sync.status.waiting", viewModel.waitingProperty().get()));
            }
            if (viewModel.needsEditorProperty().get() > 0) {
                text.append(" · ").append(messages.get("sync.status.needsEditor", viewModel.needsEditorProperty().get()));
            }
            return text.toString();
        }, viewModel.onlineProperty(), viewModel.waitingProperty(), viewModel.needsEditorProperty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> viewModel.lastErrorProperty().get().isEmpty() ? ""
                : messages.get("sync.status.lastError", viewModel.lastErrorProperty().get()), viewModel.lastErrorProperty()));
        label.setTooltip(tip);
        Runnable style = () -> {
            label.getStyleClass().removeAll("sync-offline", "sync-needs-editor");
            if (!viewModel.onlineProperty().get()) {
                label.getStyleClass().add("sync-offline");
            }
            if (viewModel.needsEditorProperty().get() > 0) {
                label.getStyleClass().add("sync-needs-editor");
            }
        };
        viewModel.onlineProperty().addListener((o, a, b) -> style.run());
        viewModel.needsEditorProperty().addListener((o, a, b) -> style.run());
    }

    public Label root() {
        return label;
    }
}
