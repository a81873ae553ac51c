package org.newsdesk.ui.main;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.ui.publishing.SyncStatusView;

/** Bottom line: notices on the left; character and paragraph counts and the save state on the right. */
final class StatusBar {

    private final HBox root = new HBox(16);

    StatusBar(MainViewModel viewModel, Messages messages, Runnable openTargets) {
        root.setId("statusBar");
        root.getStyleClass().add("status-bar");
        root.setPadding(new Insets(4, 10, 4, 10));
        Label notice = new Label();
        notice.setId("notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        Label counts = new Label();
        counts.setId("charCount");
        counts.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("status.counts", viewModel.editor().charCountProperty().get(),
                        viewModel.editor().paragraphCountProperty().get()),
                viewModel.editor().charCountProperty(), viewModel.editor().paragraphCountProperty()));
        Label shares = new Label();
        shares.setId("speakerShares");
        shares.textProperty().bind(viewModel.editor().speakerSharesProperty());
        Label selection = new Label();
        selection.setId("selectionCount");
        selection.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.editor().selectionCountProperty().get() == 0 ? ""
                        : messages.get("status.selection", viewModel.editor().selectionCountProperty().get()),
                viewModel.editor().selectionCountProperty()));
        Label save = new Label();
        save.setId("saveState");
        save.textProperty().bind(viewModel.saveStatus().textProperty());
        viewModel.saveStatus().stateProperty().addListener((obs, old, state) -> {
            save.getStyleClass().removeAll("save-failed", "save-saving");
            if (state == SaveStatus.State.FAILED) {
                save.getStyleClass().add("save-failed");
            } else if (state == SaveStatus.State.SAVING) {
                save.getStyleClass().add("save-saving");
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(notice, indexProgress(viewModel), spacer, shares, selection, counts, save,
                newsroomIndicator(viewModel.newsroom()));
        root.getChildren().add(new SyncStatusView(viewModel.sync(), messages, openTargets).root());
    }

    /** Online / offline / syncing / conflict with the newsroom; hidden outside a newsroom. */
    private static Node newsroomIndicator(NewsroomLink link) {
        Label state = new Label();
        state.setId("newsroomIndicator");
        state.textProperty().bind(link.indicatorProperty());
        state.accessibleTextProperty().bind(link.indicatorHelpProperty());
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(link.indicatorHelpProperty());
        state.setTooltip(tip);
        state.visibleProperty().bind(link.indicatorProperty().isNotEmpty());
        state.managedProperty().bind(state.visibleProperty());
        state.setMinWidth(Region.USE_PREF_SIZE);
        return state;
    }

    /** A bar and "n of N" while the search index is being built; hidden otherwise. */
    private static Node indexProgress(MainViewModel viewModel) {
        var progress = viewModel.library().indexProgress();
        ProgressBar bar = new ProgressBar();
        bar.setId("indexProgress");
        bar.setPrefWidth(120);
        bar.setMinWidth(Region.USE_PREF_SIZE); // a narrow window squeezes the text, not the bar
        bar.progressProperty().bind(progress.fractionProperty());
        Label text = new Label();
        text.setId("indexProgressText");
        text.textProperty().bind(progress.textProperty());
        text.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, bar, text);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.visibleProperty().bind(progress.fractionProperty().greaterThanOrEqualTo(0));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    Node root() {
        return root;
    }
}
