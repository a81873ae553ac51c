package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exported page opened from disk in a real browser engine (JavaFX WebView, WebKit,
 * under the headless Monocle set-up surefire configures): what it shows, that its
 * stylesheet applies, that hostile text did not run, and that nothing outside the
 * bundle was requested.
 */
@ExtendWith(ApplicationExtension.class)
class PageInBrowserEngineTest {

    @TempDir
    Path out;

    /** Sets document.title and a global if it ever runs. */
    private static final String PAYLOAD = "<script>window.pwned=1;document.title='pwned'</script>"
            + "\"><img src=\"https://example.invalid/x.png\" onerror=\"window.pwned=2\">";

    @Test
    void theExportedPageShowsTheStoryAndRunsNothingItShouldNot(FxRobot robot) throws Exception {
        Story base = ExportFixtures.interview();
        Metadata m = base.metadata();
        Story story = ExportFixtures.withMetadata(base, m.withEditor(PAYLOAD));
        List<Paragraph> paragraphs = new java.util.ArrayList<>(story.paragraphs());
        paragraphs.add(new Paragraph("evil", "host", List.of(Span.plain(PAYLOAD))));
        story = new Story(story.id(), story.slug(), story.status(), story.metadata(), story.speakers(), paragraphs,
                story.revision(), story.version(), story.createdAt(), story.updatedAt());
        ExportResult result = ExportFixtures.exporter().export(story,
                ExportOptions.defaults().withScript(ScriptMode.HANT), out, false);
        String url = result.folder().resolve("index.html").toUri().toString();

        AtomicReference<WebEngine> engine = new AtomicReference<>();
        List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
        CompletableFuture<Worker.State> loaded = new CompletableFuture<>();
        robot.interact(() -> {
            WebView view = new WebView();
            WebEngine e = view.getEngine();
            engine.set(e);
            e.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
                if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED) {
                    loaded.complete(state);
                }
            });
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 400, 800));
            stage.show();
            e.load(url);
        });
        assertThat(loaded.get(60, TimeUnit.SECONDS)).isEqualTo(Worker.State.SUCCEEDED);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(eval(robot, engine, "document.documentElement.lang")).isEqualTo("zh-Hant");
        assertThat(eval(robot, engine, "document.title")).isEqualTo("科委副主任做客政務網(3)");
        assertThat(eval(robot, engine, "document.querySelector('h1').textContent")).isEqualTo("科委副主任做客政務網(3)");
        assertThat(eval(robot, engine, "document.querySelector('.editor').textContent"))
                .isEqualTo("編輯:" + PAYLOAD);
        assertThat(eval(robot, engine, "String(typeof window.pwned)")).isEqualTo("undefined");
        assertThat(eval(robot, engine, "String(document.images.length)")).isEqualTo("0");
        assertThat(eval(robot, engine, "String(document.querySelectorAll('.transcript p.turn .speaker').length)"))
                .isEqualTo("3");
        // the bundle's stylesheet applied: turn paragraphs are indented, narration is not
        assertThat(eval(robot, engine,
                "getComputedStyle(document.querySelector('.transcript p.narration')).fontStyle")).isEqualTo("italic");
        // every URL the document refers to is inside the bundle
        String urls = eval(robot, engine, "Array.prototype.map.call(document.querySelectorAll('[src],[href]'),"
                + " function (e) { return e.src || e.href; }).join('\\n')");
        for (String u : urls.split("\n")) {
            if (!u.isEmpty()) {
                requested.add(u);
            }
        }
        String bundleRoot = withoutScheme(result.folder().toUri().toString());
        assertThat(requested).isNotEmpty().allSatisfy(u -> assertThat(withoutScheme(u)).startsWith(bundleRoot));
        assertThat(requested).noneMatch(u -> u.startsWith("http"));
    }

    /** file:/a/b and file:///a/b are the same place. */
    private static String withoutScheme(String url) {
        return url.replaceFirst("^file:/+", "/");
    }

    private static String eval(FxRobot robot, AtomicReference<WebEngine> engine, String script) {
        AtomicReference<Object> value = new AtomicReference<>();
        robot.interact(() -> value.set(engine.get().executeScript(script)));
        return String.valueOf(value.get());
    }
}
