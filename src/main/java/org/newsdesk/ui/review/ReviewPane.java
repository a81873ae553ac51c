package org.newsdesk.ui.review;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.newsdesk.export.review.Suggestion;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.AskedWindowSize;
import org.newsdesk.ui.common.ScreenFit;
import org.newsdesk.ui.compare.CompareView;
import org.newsdesk.workflow.revisions.RevisionDiff;

/**
 * The review pane: one line per suggestion (its kind, who made it, the paragraph before and
 * after with the deleted and inserted characters marked), accept / reject on each, accept all
 * and reject all below. A window beside the main one, so the transcript stays in sight.
 */
public final class ReviewPane {

    /** Unchanged characters shown either side of a change. */
    private static final int CONTEXT = 24;
    /** The size the pane asks for; less when the main window or the screen is smaller. */
    private static final double WIDTH = 760;
    private static final double HEIGHT = 560;
    /** Room left between the pane and the main window's edges. */
    private static final double MARGIN = 24;
    /** Below this the main window is no guide (minimised, off screen): the screen is. */
    private static final double MIN_SIDE = 320;

    private final ReviewViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final VBox lines = new VBox(10);

    public ReviewPane(ReviewViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        lines.setId("reviewLines");
        lines.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(lines);
        scroll.setFitToWidth(true);
        scroll.setId("reviewScroll");
        viewModel.suggestions().addListener((ListChangeListener<Suggestion>) c -> showLines(viewModel.suggestions()));

        Label error = new Label();
        error.setId("reviewError");
        error.setWrapText(true);
        error.getStyleClass().add("find-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label message = new Label();
        message.setId("reviewMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        VBox top = new VBox(4, error, message);
        top.setPadding(new Insets(8));

        Button acceptAll = button("reviewAcceptAll", messages.get("reviewui.acceptAll"), messages.get("reviewui.acceptAll"));
        acceptAll.setOnAction(e -> viewModel.acceptAll());
        Button rejectAll = button("reviewRejectAll", messages.get("reviewui.rejectAll"), messages.get("reviewui.rejectAll"));
        rejectAll.setOnAction(e -> viewModel.rejectAll());
        var nothing = javafx.beans.binding.Bindings.isEmpty(viewModel.suggestions()).or(viewModel.busyProperty());
        acceptAll.disableProperty().bind(nothing);
        rejectAll.disableProperty().bind(nothing);
        Button close = button("reviewClose", messages.get("button.close"), messages.get("button.close"));
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, acceptAll, rejectAll, gap, close);
        bottom.setPadding(new Insets(8));

        BorderPane root = new BorderPane(scroll);
        root.setTop(top);
        root.setBottom(bottom);
        root.setId("reviewWindow");
        root.getStyleClass().add("compare-window");
        stage.setTitle(messages.get("reviewui.title"));
        if (owner != null) {
            stage.initOwner(owner);
        }
        Rectangle2D area = area(owner);
        var size = ScreenFit.scene(area, WIDTH, HEIGHT);
        Scene scene = new Scene(root, size.getWidth(), size.getHeight());
        // across the main window and inside it (or the screen): at 1024 pixels it no longer runs past its right edge
        Rectangle2D place = ScreenFit.place(area, owner == null ? area
                : new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight()),
                size.getWidth(), size.getHeight() + ScreenFit.FRAME);
        stage.setX(place.getMinX());
        stage.setY(place.getMinY());
        AskedWindowSize.keepAsAsked(stage);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    /**
     * Where the pane may go: the main window's area less a margin (a shown owner), on its screen's
     * visible area; the primary screen's without an owner.
     */
    static Rectangle2D area(Window owner) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (owner == null || !owner.isShowing() || owner.getWidth() <= 0) {
            return screen;
        }
        Rectangle2D bounds = new Rectangle2D(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        List<Screen> screens = Screen.getScreensForRectangle(bounds);
        if (!screens.isEmpty()) {
            screen = screens.get(0).getVisualBounds();
        }
        return inside(screen, bounds, MARGIN);
    }

    /** {@code bounds} less {@code margin} on each side, cut to {@code screen} (the screen when they do not meet). */
    static Rectangle2D inside(Rectangle2D screen, Rectangle2D bounds, double margin) {
        double minX = Math.max(screen.getMinX(), bounds.getMinX() + margin);
        double minY = Math.max(screen.getMinY(), bounds.getMinY() + margin);
        double maxX = Math.min(screen.getMaxX(), bounds.getMaxX() - margin);
        double maxY = Math.min(screen.getMaxY(), bounds.getMaxY() - margin);
        return maxX - minX < MIN_SIDE || maxY - minY < MIN_SIDE ? screen : new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }

    public void show() {
        stage.show();
    }

    private void showLines(List<Suggestion> suggestions) {
        lines.getChildren().clear();
        if (suggestions.isEmpty() && viewModel.review() != null) {
            Label none = new Label(messages.get("reviewui.none"));
            none.setId("reviewNone");
            lines.getChildren().add(none);
        }
        for (Suggestion s : suggestions) {
            lines.getChildren().add(line(s));
        }
    }

    private Node line(Suggestion s) {
        int n = s.number();
        Label title = new Label(messages.get("reviewui.line", n, viewModel.kind(s), viewModel.authors(s)));
        title.getStyleClass().add("compare-title");
        title.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button accept = button("reviewAccept-" + n, messages.get("reviewui.accept"),
                messages.get("reviewui.accept.accessible", n));
        accept.setOnAction(e -> viewModel.accept(s));
        Button reject = button("reviewReject-" + n, messages.get("reviewui.reject"),
                messages.get("reviewui.reject.accessible", n));
        reject.setOnAction(e -> viewModel.reject(s));
        accept.disableProperty().bind(viewModel.busyProperty());
        reject.disableProperty().bind(viewModel.busyProperty());
        HBox head = new HBox(8, title, gap, accept, reject);
        head.setAlignment(Pos.CENTER_LEFT);
        // the changes in their phrase; the whole paragraph in the tooltip and for screen readers
        List<RevisionDiff.Piece> pieces = ChangeContext.around(RevisionDiff.characters(s.before(), s.after()), CONTEXT);
        TextFlow before = CompareView.flow(ChangeContext.side(pieces, false), "reviewBefore-" + n);
        before.setAccessibleText(messages.get("reviewui.before") + " " + s.before());
        Tooltip.install(before, wrapped(s.before()));
        TextFlow after = CompareView.flow(ChangeContext.side(pieces, true), "reviewAfter-" + n);
        after.setAccessibleText(messages.get("reviewui.after") + " " + s.after());
        Tooltip.install(after, wrapped(s.after()));
        GridPane sides = new GridPane();
        sides.setHgap(12);
        sides.setVgap(2);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        sides.getColumnConstraints().addAll(half, half);
        sides.addRow(0, new Label(messages.get("reviewui.before")), new Label(messages.get("reviewui.after")));
        sides.addRow(1, before, after);
        VBox box = new VBox(4, head, sides);
        box.setId("reviewLine-" + n);
        box.getStyleClass().addAll("compare-line", "compare-" + s.kind().name().toLowerCase(java.util.Locale.ROOT));
        return box;
    }

    private static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        return tip;
    }

    private static Button button(String id, String text, String accessible) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(accessible);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
