package org.newsdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.NewsdeskApp;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * File → Import from address… in the window, against a page server on 127.0.0.1: a bad
 * address is explained in the small dialog, a good one is read into the import preview,
 * and the same address a second time offers the story made the first time.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFromAddressTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dataFolder;
    private HttpServer server;
    private final AtomicInteger served = new AtomicInteger();
    private final AppWindow window = new AppWindow();

    @BeforeEach
    void start() throws IOException, URISyntaxException {
        byte[] page = Files.readAllBytes(Path.of(getClass().getResource("/importer/fixtures/web-8-04.html").toURI()));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/talk.html", ex -> {
            served.incrementAndGet();
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aPageIsImportedFromItsAddressAndASecondImportOffersTheFirstStory(FxRobot robot) throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/talk.html";
        window.open(robot, (stage, shut) -> new NewsdeskApp().start(stage, dataFolder, ENGLISH, null, shut));

        openAddressDialog(robot);
        typeAddress(robot, "ftp://127.0.0.1/talk.html");
        robot.clickOn("#importAddressRead");
        waitUntil(() -> !text(robot, "#importAddressProblem").isEmpty());
        assertThat(text(robot, "#importAddressProblem")).contains("http:// or https://");
        assertThat(served.get()).isZero();

        typeAddress(robot, url);
        robot.clickOn("#importAddressRead");
        waitUntil(() -> robot.lookup("#importField-headline").tryQuery().isPresent()
                && !robot.lookup("#importCreate").query().isDisabled());
        assertThat(text(robot, "#importField-headline")).isEqualTo("市立醫院院長談急診分流");
        assertThat(robot.lookup("#importEarlier").tryQuery().map(n -> n.getParent().isVisible()).orElse(false)).isFalse();
        robot.clickOn("#importCreate");
        waitUntil(() -> window.in(robot, "#storyList").queryTableView().getItems().size() == 1);

        openAddressDialog(robot);
        assertThat(robot.lookup("#importAddressField").queryAs(TextField.class).getText()).isEqualTo(url);
        robot.clickOn("#importAddressRead");
        waitUntil(() -> robot.lookup("#importEarlier").tryQuery().map(n -> n.getParent().isVisible()).orElse(false));
        assertThat(text(robot, "#importEarlier")).contains("市立醫院院長談急診分流");
        robot.clickOn("#importOpenEarlier");
        waitUntil(() -> robot.lookup("#importDialog").tryQuery().isEmpty());
        assertThat(served.get()).isEqualTo(2);
        window.close(robot);

        try (Store store = TestStores.fresh(dataFolder)) {
            assertThat(store.stories().list(false)).hasSize(1);
        }
    }

    private void openAddressDialog(FxRobot robot) throws TimeoutException {
        robot.clickOn("#menu-file").clickOn("#menuImportAddress");
        waitUntil(() -> robot.lookup("#importAddressField").tryQuery().isPresent());
    }

    private static void typeAddress(FxRobot robot, String address) {
        TextField field = robot.lookup("#importAddressField").queryAs(TextField.class);
        robot.interact(() -> field.setText(address));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        FxWait.until(60, condition);
    }
}
