package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.print.Printer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.w3c.dom.Document;

/**
 * File → Print… on a real store: the command waits for an open story, the print preview shows
 * the exported page (its headline read from the browser engine's document) in place of its
 * "preparing" message, laid out by the page's print rules, and on a computer
 * without printers the Print button says so in the window's language.
 */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewWindowTest {

    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final String HEADLINE = "码头工人谈夜班";

    @TempDir
    Path dataFolder;
    private Stage stage;
    private CountDownLatch closed;

    @Test
    void printPreviewShowsTheExportedPageAndSaysWhenNoPrinterIsInstalled(FxRobot robot) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            store.stories().create(new Metadata(HEADLINE, "", "", "", "港口周刊", List.of(), "吴编辑", null,
                    Metadata.DEFAULT_ZONE, List.of(), List.of(), null, "", null), List.of(
                    new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                    new Speaker("guest", "老周", "周建国", "码头工人", SpeakerRole.GUEST)), List.of(
                    Paragraph.of("host", "夜班最难的是什么？"), Paragraph.of("guest", "是凌晨三点的那一阵困。")));
        }
        robot.interact(() -> {
            stage = new Stage();
            closed = new CountDownLatch(1);
            new NewsdeskApp().start(stage, dataFolder, CHINESE, null, () -> closed.countDown());
        });
        waitUntil(() -> robot.from(stage.getScene().getRoot()).lookup("#storyList").tryQuery().isPresent());
        MenuItem print = menuItem(robot, "menuPrint");
        assertThat(FxWait.read(print::isDisable)).as("no story open: nothing to print").isTrue();
        assertThat(FxWait.read(print::getText)).isEqualTo(CHINESE.get("menu.file.print"));

        TableView<LibraryEntry> table = robot.from(stage.getScene().getRoot()).lookup("#storyList").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(e -> e.summary().headline().equals(HEADLINE)));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> e.summary().headline().equals(HEADLINE)).findFirst().orElseThrow()));
        waitUntil(() -> !print.isDisable());
        robot.interact(print::fire);

        waitUntil(() -> robot.lookup("#printWeb").tryQuery().isPresent() && pageText(robot).contains(HEADLINE));
        assertThat(FxWait.read(() -> pageText(robot))).contains("是凌晨三点的那一阵困。");
        // the "preparing" message leaves the sheet once the page is laid out
        waitUntil(() -> !robot.lookup("#printRendering").query().isVisible());
        // the preview shows what the paper carries: the page's print rules, so no "print" link
        assertThat(FxWait.read(() -> robot.lookup("#printWeb").queryAs(WebView.class).getEngine()
                .executeScript("getComputedStyle(document.querySelector('.tools')).display")))
                .as("the print link's line in the preview").isEqualTo("none");
        Assumptions.assumeTrue(Printer.getAllPrinters().isEmpty(), "a printer is installed here");
        Button printButton = FxWait.read(() -> robot.lookup("#printButton").queryButton());
        robot.interact(printButton::fire);
        waitUntil(() -> CHINESE.get("print.noPrinter").equals(status(robot)));
        assertThat(FxWait.read(() -> robot.lookup("#printPrinter").query().isDisable())).isTrue();

        robot.interact(() -> printButton.getScene().getWindow().hide());
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(closed.await(30, TimeUnit.SECONDS)).as("window closed and store shut").isTrue();
    }

    private static String pageText(FxRobot robot) {
        Document page = robot.lookup("#printWeb").queryAs(WebView.class).getEngine().getDocument();
        return page == null || page.getDocumentElement() == null ? "" : page.getDocumentElement().getTextContent();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#printStatus").queryAs(Label.class).getText();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = FxWait.read(() -> robot.from(stage.getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class));
        return FxWait.read(() -> bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id)));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
