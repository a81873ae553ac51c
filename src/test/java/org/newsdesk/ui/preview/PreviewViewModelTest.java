package org.newsdesk.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.export.StoryPages;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.FxThreadIoGuard;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Preview tab's page of a series part has the previous/next links the published page has,
 * looked up off the FX thread (no window: the view model with the toolkit running).
 */
@ExtendWith(ApplicationExtension.class)
class PreviewViewModelTest {

    @TempDir
    Path dataFolder;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();

    @AfterEach
    void stop() {
        FxThreadIoGuard.disarm();
        tasks.close();
    }

    private static Metadata part(String headline, Series series) {
        Metadata m = Metadata.withHeadline(headline);
        return new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), m.authors(), m.editor(),
                m.publishTime(), m.timeZone(), m.channels(), m.keywords(), series, m.internalNote(), m.embargoUntil());
    }

    @Test
    void thePreviewOfASeriesPartLinksToItsNeighbours(FxRobot robot) throws Exception {
        try (Store store = TestStores.fresh(dataFolder)) {
            Story first = store.stories().create(part("Harbour ferries (1)", new Series("ferries", "Harbour ferries", 1, 3)),
                    List.of(), List.of(Paragraph.narration("渡輪清晨六點開出。")));
            Story second = store.stories().create(part("Harbour ferries (2)", new Series("ferries", "Harbour ferries", 2, 3)),
                    List.of(), List.of(Paragraph.narration("渡輪清晨六點開出。")));
            Story third = store.stories().create(part("Harbour ferries (3)", new Series("ferries", "Harbour ferries", 3, 3)),
                    List.of(), List.of(Paragraph.narration("渡輪清晨六點開出。")));
            StoryPages pages = StoryPages.forStore(store);
            PreviewViewModel preview = new PreviewViewModel(tasks, new Messages(Locale.ENGLISH), () -> second,
                    () -> pages, () -> dataFolder.resolve("preview"));

            FxThreadIoGuard.arm();
            robot.interact(() -> preview.activeProperty().set(true));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> preview.pageProperty().get() != null);

            URI shown = preview.pageProperty().get();
            Path file = Path.of(URI.create(shown.toString().replaceFirst("\\?.*$", "")));
            Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(page.select("nav.series a.previous").attr("href")).isEqualTo("../" + first.slug() + "/");
            assertThat(page.select("nav.series a.next").attr("href")).isEqualTo("../" + third.slug() + "/");
            assertThat(preview.problemProperty().get()).isEmpty();
            assertThat(FxThreadIoGuard.violations()).isEmpty();
            assertThat(FxThreadIoGuard.offFxAccesses()).isPositive();
        }
    }
}
