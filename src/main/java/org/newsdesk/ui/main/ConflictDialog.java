package org.newsdesk.ui.main;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;
import org.newsdesk.newsroom.ConflictResolution;

/**
 * The merge view of one open conflict: mine, theirs (both read-only) and the result, which
 * starts as mine and can be edited; accept mine, theirs or the edited result. With several
 * conflicts it shows the first; the banner stays until all are closed.
 */
final class ConflictDialog {

    private final Stage stage = new Stage();

    ConflictDialog(Window owner, Messages messages, NewsroomLink link, List<ConflictResolution.Open> open) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("newsroom.merge.title"));
        VBox root = new VBox(10);
        root.setPadding(new Insets(12));
        root.setId("conflictDialog");
        if (open.isEmpty()) {
            root.getChildren().add(new Label(messages.get("newsroom.merge.none")));
            stage.setScene(new Scene(root));
            return;
        }
        ConflictResolution.Open c = open.get(0);
        Label count = new Label(messages.get("newsroom.merge.count", open.size()));
        TextArea mine = area(c.mine(), false, "conflictMine");
        TextArea theirs = area(c.theirs(), false, "conflictTheirs");
        TextArea result = area(c.mine(), c.paragraph(), "conflictResult");
        mine.setAccessibleText(messages.get("newsroom.merge.mine"));
        theirs.setAccessibleText(messages.get("newsroom.merge.theirs"));
        result.setAccessibleText(messages.get("newsroom.merge.result"));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("newsroom.merge.mine")), new Label(messages.get("newsroom.merge.theirs")));
        grid.addRow(1, mine, theirs);
        grid.add(new Label(messages.get("newsroom.merge.result")), 0, 2, 2, 1);
        grid.add(result, 0, 3, 2, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
        }
        GridPane.setHgrow(mine, Priority.ALWAYS);
        GridPane.setHgrow(theirs, Priority.ALWAYS);
        GridPane.setHgrow(result, Priority.ALWAYS);
        Button takeMine = new Button(messages.get("newsroom.merge.takeMine"));
        takeMine.setId("conflictTakeMine");
        takeMine.setOnAction(e -> close(link, c, ConflictResolution.Take.MINE, null));
        Button takeTheirs = new Button(messages.get("newsroom.merge.takeTheirs"));
        takeTheirs.setId("conflictTakeTheirs");
        takeTheirs.setOnAction(e -> close(link, c, ConflictResolution.Take.THEIRS, null));
        Button takeEdited = new Button(messages.get("newsroom.merge.takeEdited"));
        takeEdited.setId("conflictTakeEdited");
        takeEdited.setDisable(!c.paragraph());
        takeEdited.setDefaultButton(true);
        takeEdited.setOnAction(e -> close(link, c, null, result.getText()));
        Button cancel = new Button(messages.get("button.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        FlowPane buttons = new FlowPane(8, 6, takeMine, takeTheirs, takeEdited, cancel);
        buttons.setId("conflictButtons");
        for (Button b : List.of(takeMine, takeTheirs, takeEdited, cancel)) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the words, never "…": a narrow dialog wraps the row instead
        }
        count.setWrapText(true);
        VBox.setVgrow(grid, Priority.ALWAYS);
        root.getChildren().addAll(count, grid, buttons);
        stage.setScene(new Scene(root, fitted(owner == null ? 0 : owner.getWidth(), WIDTH, 360),
                fitted(owner == null ? 0 : owner.getHeight(), HEIGHT, 300)));
    }

    /** The dialog's size in a window of {@code room}: {@code wanted}, less the room a frame needs, never below {@code least}. */
    static double fitted(double room, double wanted, double least) {
        return room <= 0 ? wanted : Math.max(least, Math.min(wanted, room - MARGIN));
    }

    private static final double WIDTH = 760;
    private static final double HEIGHT = 460;
    /** What the dialog leaves of its window on each axis (its frame and a little of the window around it). */
    private static final double MARGIN = 60;

    private void close(NewsroomLink link, ConflictResolution.Open c, ConflictResolution.Take take, String edited) {
        link.resolve(c.item(), take, edited, stage::close);
    }

    private static TextArea area(String text, boolean editable, String id) {
        TextArea a = new TextArea(text == null ? "" : text);
        a.setId(id);
        a.setEditable(editable);
        a.setWrapText(true);
        a.setPrefRowCount(5);
        a.setPrefColumnCount(12); // two side by side fit a narrow window; the grid widens them
        a.setMinWidth(0);
        return a;
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }
}
