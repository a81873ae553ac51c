package org.newsdesk.ui.compare;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.workflow.revisions.RevisionDiff;

/**
 * Compare revisions: two versions of the open story side by side, one line per changed
 * metadata field, roster entry and paragraph, deleted characters marked on the left and
 * inserted ones on the right, each character on its own (Chinese has no spaces between
 * words). A paragraph line can be put back; the whole left revision can be restored.
 */
public final class CompareView {

    /** Runs longer than this are marked as one run (a whole added paragraph), not character by character. */
    static final int CHARACTER_MARKS = 200;
    private final CompareViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final VBox lines = new VBox(10);

    private final boolean restoring;

    /** @param restoring false to only look (restore buttons left out) */
    public CompareView(CompareViewModel viewModel, Messages messages, Window owner, boolean restoring) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.restoring = restoring;
        ComboBox<CompareViewModel.Version> older = choice(viewModel.olderChoices(), "compareOlder");
        older.valueProperty().bindBidirectional(viewModel.olderProperty());
        ComboBox<CompareViewModel.Version> newer = choice(viewModel.newerChoices(), "compareNewer");
        newer.valueProperty().bindBidirectional(viewModel.newerProperty());
        Button restoreAll = new Button(messages.get("compare.restoreRevision"));
        restoreAll.setId("compareRestoreRevision");
        restoreAll.disableProperty().bind(viewModel.olderProperty().isNull().or(viewModel.busyProperty()));
        restoreAll.setOnAction(e -> confirmRestoreRevision());
        GridPane top = new GridPane();
        top.setHgap(8);
        top.setVgap(6);
        top.setPadding(new Insets(8));
        top.addRow(0, new Label(messages.get("compare.older")), older, new Label(messages.get("compare.newer")), newer);
        if (restoring) {
            top.add(restoreAll, 4, 0);
        }
        GridPane.setHgrow(older, Priority.ALWAYS);
        GridPane.setHgrow(newer, Priority.ALWAYS);

        lines.setId("compareLines");
        lines.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setId("compareScroll");
        viewModel.rows().addListener((ListChangeListener<CompareRow>) c -> showRows(viewModel.rows()));

        Label message = new Label();
        message.setId("compareMessage");
        message.textProperty().bind(viewModel.messageProperty());
        message.setPadding(new Insets(6, 8, 6, 8));
        message.setWrapText(true);

        BorderPane root = new BorderPane(scroll);
        root.setTop(top);
        root.setBottom(message);
        root.setId("compareWindow");
        root.getStyleClass().add("compare-window");
        stage.setTitle(messages.get("compare.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene(root, 1000, 640);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    private static ComboBox<CompareViewModel.Version> choice(javafx.collections.ObservableList<CompareViewModel.Version> items,
                                                            String id) {
        ComboBox<CompareViewModel.Version> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void showRows(List<CompareRow> rows) {
        lines.getChildren().clear();
        for (int i = 0; i < rows.size(); i++) {
            lines.getChildren().add(line(rows.get(i), i));
        }
    }

    private Node line(CompareRow row, int n) {
        Label title = new Label(row.title());
        title.getStyleClass().add("compare-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap);
        head.setAlignment(Pos.CENTER_LEFT);
        if (restoring && row.restorable()) {
            Button restore = new Button(messages.get("compare.restoreParagraph"));
            restore.setId("compareRestore-" + n);
            restore.disableProperty().bind(viewModel.busyProperty());
            restore.setOnAction(e -> viewModel.restoreParagraph(row));
            head.getChildren().add(restore);
        }
        GridPane sides = new GridPane();
        sides.setHgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        sides.getColumnConstraints().addAll(half, half);
        TextFlow left = flow(row.older(), "compareOlder-" + n);
        TextFlow right = flow(row.newer(), "compareNewer-" + n);
        sides.addRow(0, left, right);
        VBox box = new VBox(4, head, sides);
        box.setId("compareLine-" + n);
        box.getStyleClass().addAll("compare-line", "compare-" + row.kind().name().toLowerCase(java.util.Locale.ROOT));
        return box;
    }

    /** The pieces as text: changed runs character by character, each with its own mark. */
    public static TextFlow flow(List<RevisionDiff.Piece> pieces, String id) {
        TextFlow flow = new TextFlow();
        flow.setId(id);
        flow.getStyleClass().add("compare-side");
        for (RevisionDiff.Piece p : pieces) {
            String cls = "diff-" + p.kind().name().toLowerCase(java.util.Locale.ROOT);
            if (p.kind() == RevisionDiff.Kind.SAME || p.text().codePointCount(0, p.text().length()) > CHARACTER_MARKS) {
                Text t = new Text(p.text());
                t.getStyleClass().addAll("compare-text", cls);
                flow.getChildren().add(t);
            } else {
                p.text().codePoints().forEach(cp -> {
                    Label ch = new Label(Character.toString(cp));
                    ch.getStyleClass().addAll("compare-char", cls);
                    flow.getChildren().add(ch);
                });
            }
        }
        return flow;
    }

    private void confirmRestoreRevision() {
        CompareViewModel.Version left = viewModel.olderProperty().get();
        if (left == null) {
            return;
        }
        ButtonType restore = new ButtonType(messages.get("compare.restoreRevision"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("compare.restoreRevision.body",
                left.revision()), restore, cancel);
        alert.initOwner(stage);
        alert.setHeaderText(messages.get("compare.restoreRevision.header", left.revision()));
        alert.showAndWait().filter(b -> b == restore).ifPresent(b -> {
            viewModel.restoreRevision();
            stage.close();
        });
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window and reads the revisions. */
    public void show() {
        stage.show();
        stage.toFront();
        viewModel.load();
    }
}
