package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** The end of a test JVM's run ends its JavaFX toolkit, web engine included, before the JVM exits. */
class ToolkitShutdownTest {

    @Test
    void aToolkitShowingAWebPageEndsAndTheJvmExitsNormally() throws Exception {
        List<String> command = ChildJvm.command(List.of(
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true"), Child.class);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();

        assertThat(output).contains("page loaded", "toolkit ended: true");
        assertThat(exit).as(output).isZero();
    }

    /** A JVM that shows a web page in a window, then ends as a test JVM does. */
    public static final class Child {

        public static void main(String[] args) throws Exception {
            CountDownLatch started = new CountDownLatch(1);
            Platform.startup(started::countDown);
            started.await();
            CountDownLatch loaded = new CountDownLatch(1);
            Platform.runLater(() -> {
                WebView web = new WebView();
                web.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
                    if (now == Worker.State.SUCCEEDED) {
                        loaded.countDown();
                    }
                });
                Stage stage = new Stage();
                stage.setScene(new Scene(web, 300, 200));
                stage.show();
                web.getEngine().loadContent("<p>一段文字</p>");
            });
            if (loaded.await(60, TimeUnit.SECONDS)) {
                System.out.println("page loaded");
            }
            System.out.println("toolkit ended: " + ToolkitShutdown.end());
        }
    }
}
