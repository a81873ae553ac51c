package org.newsdesk.docs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.Store;
import org.newsdesk.ui.FxWait;
import org.newsdesk.ui.main.FirstRun;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes the user guide's and the README's screenshots from the real main window, headless
 * (Monocle, as the window tests run), on a fresh data folder holding the sample interview, at
 * 1024×700, in English, Simplified and Traditional Chinese. Not part of the normal suite (tag
 * {@code screenshots}); run it with {@code ./mvnw -B -Pscreenshots test}. It writes
 * {@code docs/screenshots/<view>-<language>.png} (copied beside the in-app guide, {@code help/screenshots})
 * and {@code docs/screenshot.png}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class Screenshots {

    private static final Path OUT = Paths.get("docs", "screenshots");
    /** The in-app user guide shows the same pictures, so they go into the application too. */
    private static final Path GUIDE = Paths.get("src", "main", "resources", "org", "newsdesk", "help", "screenshots");
    private static final double WIDTH = 1024;
    private static final double HEIGHT = 700;

    @TempDir
    Path dataFolder;
    private Stage stage;
    private CountDownLatch closed;

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN", "zh-TW"})
    void mainWindowPreviewPrintPreviewAndProofreading(String language, FxRobot robot) throws Exception {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        String sample;
        try (Store store = Store.open(dataFolder)) {
            Story added = FirstRun.sampleOnFirstStart(store).orElseThrow();
            sample = added.metadata().headline();
            // one sentence with half-width punctuation, so that the proofreading panel has something to show
            List<Paragraph> withSlip = new java.util.ArrayList<>(added.paragraphs());
            withSlip.add(Paragraph.of(added.paragraphs().get(2).speakerKey(), "名单下个月公布,欢迎大家监督."));
            store.stories().applyEdit(added.id(), added.version(), TranscriptEdit.between(added.paragraphs(), withSlip));
        }
        robot.interact(() -> {
            stage = new Stage();
            closed = new CountDownLatch(1);
            new NewsdeskApp().start(stage, dataFolder, messages, null, () -> closed.countDown());
        });
        waitUntil(() -> stage.getScene() != null && stage.getScene().getRoot().lookup("#storyList") != null);
        // the window's scene is made once the store is open; size the window after that (again if it grows back)
        waitUntil(() -> {
            if (stage.getScene().getWidth() == WIDTH && stage.getScene().getHeight() == HEIGHT) {
                return true;
            }
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            return false;
        });
        @SuppressWarnings("unchecked")
        TableView<LibraryEntry> table = (TableView<LibraryEntry>) FxWait.read(
                () -> stage.getScene().getRoot().lookup("#storyList"));
        waitUntil(() -> table.getItems().stream().anyMatch(e -> e.summary().headline().equals(sample)));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> e.summary().headline().equals(sample)).findFirst().orElseThrow()));
        waitUntil(() -> !menuItem("menuPrint").isDisable());
        // the main picture shows the transcript (the proofreading panel starts folded); the panel gets its own
        ToggleButton proof = FxWait.read(() -> (ToggleButton) stage.getScene().getRoot().lookup("#proofToggle"));
        settle(robot);
        Files.createDirectories(OUT);
        save(robot, stage.getScene(), OUT.resolve("main-" + language + ".png"));
        if (language.equals("en")) {
            save(robot, stage.getScene(), Paths.get("docs", "screenshot.png"));
        }

        robot.interact(() -> proof.setSelected(true));
        settle(robot);
        save(robot, stage.getScene(), OUT.resolve("proofreading-" + language + ".png"));
        robot.interact(() -> proof.setSelected(false));

        TabPane tabs = FxWait.read(() -> (TabPane) stage.getScene().getRoot().lookup("#centreTabs"));
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "previewTab".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> pageLoaded(stage.getScene().getRoot().lookup("#previewWeb"), sample));
        settle(robot);
        save(robot, stage.getScene(), OUT.resolve("preview-" + language + ".png"));
        robot.interact(() -> tabs.getSelectionModel().select(0));

        robot.interact(() -> menuItem("menuPrint").fire());
        waitUntil(() -> printWindow() != null
                && pageLoaded(printWindow().getScene().getRoot().lookup("#printWeb"), sample));
        settle(robot);
        save(robot, printWindow().getScene(), OUT.resolve("print-preview-" + language + ".png"));
        robot.interact(() -> printWindow().hide());

        Files.createDirectories(GUIDE);
        for (String view : List.of("main", "proofreading", "preview", "print-preview")) {
            String name = view + "-" + language + ".png";
            Files.copy(OUT.resolve(name), GUIDE.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        if (!closed.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the window did not close");
        }
    }

    private static boolean pageLoaded(javafx.scene.Node node, String headline) {
        if (!(node instanceof WebView web) || web.getEngine().getDocument() == null) {
            return false;
        }
        var root = web.getEngine().getDocument().getDocumentElement();
        // the page may show the headline in another script than the sample's; any text will do then
        return root != null && !root.getTextContent().isBlank()
                && (root.getTextContent().contains(headline) || web.getEngine().getLoadWorker().getProgress() >= 1);
    }

    private static Window printWindow() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot().lookup("#printPreview") != null)
                .findFirst().orElse(null);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    /** Lets layout, fonts and the browser engine's painting catch up before a picture is taken. */
    private static void settle(FxRobot robot) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            robot.interact(() -> { });
            Thread.sleep(150);
        }
    }

    /** Snapshots {@code scene} on the FX thread and writes the PNG from this thread. */
    private static void save(FxRobot robot, Scene scene, Path file) throws IOException {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = scene.snapshot(null));
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        int[] argb = new int[w * h];
        PixelReader pixels = shot[0].getPixelReader();
        pixels.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        ImageIO.write(image, "png", file.toFile());
        System.out.println("wrote " + file.toAbsolutePath());
    }

    /**
     * Asks {@code condition} on the FX thread until it holds. Patient: the browser engine's first
     * page can keep the FX thread busy for many seconds on a loaded machine.
     */
    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(WaitForAsyncUtils.asyncFx(condition).get(60, TimeUnit.SECONDS))) {
                    return;
                }
            } catch (TimeoutException busy) {
                // the FX thread is still busy: ask again
            }
            Thread.sleep(200);
        }
        throw new TimeoutException("the window did not get there in 5 minutes");
    }
}
