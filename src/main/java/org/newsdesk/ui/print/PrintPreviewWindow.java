package org.newsdesk.ui.print;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.concurrent.Worker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.common.AskedWindowSize;
import org.newsdesk.ui.common.ScreenFit;

/**
 * File → Print…: the page as the portal shows it, laid out at the printable width of the
 * chosen paper (the width the browser engine prints at), with the printer, page setup and the
 * Print button above it, with the page's own print rules in force ({@link PrintRules}). Printing
 * goes through the browser engine of this window, so the paper carries what the preview shows.
 */
public final class PrintPreviewWindow {

    private static final double SHEET_GAP = 24;

    private final PrintViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();
    /** Made after the window's first pulse: building the browser engine takes a second or two the first time. */
    private WebView web;
    private double pageWidth;
    private final StackPane sheet = new StackPane();
    private final ChoiceBox<Printer> printer = new ChoiceBox<>();
    private PrinterJob job;

    /** Opens the print preview of {@code viewModel}'s page; nothing when there is no story to print (null). */
    public static void open(PrintViewModel viewModel, Messages messages, Window owner) {
        if (viewModel != null) {
            new PrintPreviewWindow(viewModel, messages, owner).show();
        }
    }

    public PrintPreviewWindow(PrintViewModel viewModel, Messages messages, Window owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        stage.initOwner(owner);
        stage.setTitle(messages.get("print.title", viewModel.headline()));
        printer.setId("printPrinter");
        printer.setConverter(new StringConverter<>() {
            @Override
            public String toString(Printer p) {
                return p == null ? "" : p.getName();
            }

            @Override
            public Printer fromString(String s) {
                return null;
            }
        });
        printer.valueProperty().addListener((o, was, now) -> {
            job = null;
            layOut(now == null ? null : now.getDefaultPageLayout());
        });
        Button setup = new Button(messages.get("print.pageSetup"));
        setup.setId("printPageSetup");
        setup.setOnAction(e -> pageSetup());
        Button print = new Button(messages.get("print.print"));
        print.setId("printButton");
        print.setDefaultButton(true);
        print.setOnAction(e -> print());
        Label status = new Label();
        status.setId("printStatus");
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        Label printerLabel = new Label(messages.get("print.printer"));
        for (Region fixed : List.of(printerLabel, setup, print)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        printer.setMinWidth(160);
        HBox.setHgrow(printer, Priority.ALWAYS);
        HBox controls = new HBox(8, printerLabel, printer, setup, print);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, controls, status);
        bar.setPadding(new Insets(6, 8, 6, 8));
        bar.getStyleClass().add("find-bar");

        sheet.setId("printSheet");
        sheet.getChildren().add(renderingState());
        sheet.setStyle("-fx-background-color: white; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.3), 8, 0, 0, 2);");
        StackPane desk = new StackPane(sheet);
        desk.setPadding(new Insets(SHEET_GAP));
        desk.setStyle("-fx-background-color: #8a8f96;");
        StackPane.setAlignment(sheet, Pos.TOP_CENTER);
        ScrollPane scroll = new ScrollPane(desk);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, bar, null, null, null);
        root.setId("printPreview");
        layOut(null);
        // the whole sheet when the screen has room for it, else as much as fits: the page scrolls
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Dimension2D size = ScreenFit.scene(screen, sheet.getPrefWidth() + 2 * SHEET_GAP + 20,
                bar.prefHeight(-1) + sheet.getMinHeight() + 2 * SHEET_GAP);
        stage.setScene(new Scene(root, size.getWidth(), size.getHeight()));
        AskedWindowSize.keepAsAsked(stage);
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().setAll(owner.getScene().getStylesheets());
        }

        viewModel.printersProperty().addListener((o, was, found) -> offer(found));
    }

    /** The browser engine's view under the rendering state, loading the page once it is written. */
    private void addPageView() {
        web = new WebView();
        web.setId("printWeb");
        web.setContextMenuEnabled(false);
        web.setPrefWidth(pageWidth);
        sheet.getChildren().add(0, web);
        viewModel.pageProperty().addListener((o, was, uri) -> {
            if (uri != null) {
                web.getEngine().load(uri.toString());
            }
        });
        web.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED) {
                PrintRules.applyTo(web.getEngine());
                // laid out by the next pulse: the page replaces the message then, not a white sheet
                web.requestLayout();
                Platform.runLater(viewModel::pageShown);
            } else if (now == Worker.State.FAILED) {
                viewModel.pageFailed();
            }
        });
    }

    /**
     * What the sheet shows until the page is laid out: a spinning indicator and "Preparing the
     * page…", or why it could not be prepared. It covers the sheet so that a page the browser
     * engine is still laying out never shows as a white sheet without a word.
     */
    private VBox renderingState() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("printRenderingIndicator");
        spinner.setPrefSize(48, 48);
        Label text = new Label();
        text.setId("printRenderingText");
        text.setWrapText(true);
        text.setStyle("-fx-text-fill: #333333; -fx-font-size: 1.1em;");
        VBox state = new VBox(12, spinner, text);
        state.setId("printRendering");
        state.setAlignment(Pos.TOP_CENTER);
        state.setPadding(new Insets(48, 24, 24, 24));
        state.setStyle("-fx-background-color: white;");
        var rendering = viewModel.renderingProperty();
        state.visibleProperty().bind(rendering.isNotEqualTo(PrintViewModel.Rendering.SHOWN));
        spinner.visibleProperty().bind(rendering.isEqualTo(PrintViewModel.Rendering.PREPARING));
        spinner.managedProperty().bind(spinner.visibleProperty());
        text.textProperty().bind(Bindings.createStringBinding(viewModel::renderingText, rendering));
        return state;
    }

    /**
     * Opens the window with "Preparing the page…" on the sheet, and after its first pulse (so
     * that the message is what the window first shows, not a white window) builds the browser
     * engine's view and starts rendering the page.
     */
    public void show() {
        stage.show();
        Scene scene = stage.getScene();
        Runnable afterFirstPulse = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(() -> {
                    addPageView();
                    viewModel.start();
                });
            }
        };
        scene.addPostLayoutPulseListener(afterFirstPulse);
        Platform.requestNextPulse();
    }

    private void offer(List<Printer> found) {
        printer.getItems().setAll(found);
        printer.setDisable(found.isEmpty());
        if (found.isEmpty()) {
            viewModel.noPrinter();
        } else {
            Printer preferred = Printer.getDefaultPrinter();
            printer.setValue(found.contains(preferred) ? preferred : found.get(0));
        }
    }

    /** Shows the page at the printable width of {@code layout}, or of A4 portrait when there is no printer. */
    private void layOut(PageLayout layout) {
        double paperWidth = layout == null ? Paper.A4.getWidth() : layout.getPaper().getWidth();
        double paperHeight = layout == null ? Paper.A4.getHeight() : layout.getPaper().getHeight();
        if (layout != null && layout.getPageOrientation() == PageOrientation.LANDSCAPE) {
            double swap = paperWidth;
            paperWidth = paperHeight;
            paperHeight = swap;
        }
        double left = layout == null ? 54 : layout.getLeftMargin();
        double right = layout == null ? 54 : layout.getRightMargin();
        double top = layout == null ? 54 : layout.getTopMargin();
        double bottom = layout == null ? 54 : layout.getBottomMargin();
        pageWidth = paperWidth - left - right;
        if (web != null) {
            web.setPrefWidth(pageWidth);
        }
        sheet.setPadding(new Insets(top, right, bottom, left));
        sheet.setPrefWidth(paperWidth);
        sheet.setMaxWidth(Region.USE_PREF_SIZE);
        sheet.setMinHeight(paperHeight);
    }

    /** The job for the chosen printer, made once per printer; null when there is no printer. */
    private PrinterJob job() {
        Printer chosen = printer.getValue();
        if (job == null && chosen != null) {
            job = PrinterJob.createPrinterJob(chosen);
        }
        return job;
    }

    private void pageSetup() {
        PrinterJob current = job();
        if (current == null) {
            viewModel.noPrinter();
        } else if (current.showPageSetupDialog(stage)) {
            layOut(current.getJobSettings().getPageLayout());
        }
    }

    private void print() {
        PrinterJob current = job();
        if (current == null) {
            viewModel.noPrinter();
            return;
        }
        if (web == null) {
            return; // the window is not past its first pulse: there is no page to print yet
        }
        if (!current.showPrintDialog(stage)) {
            return;
        }
        layOut(current.getJobSettings().getPageLayout());
        web.getEngine().print(current);
        viewModel.printed(current.endJob());
        job = null;
    }

    Stage stage() {
        return stage;
    }
}
