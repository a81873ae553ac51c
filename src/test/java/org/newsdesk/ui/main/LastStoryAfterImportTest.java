package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.importer.ImportOptions;
import org.newsdesk.importer.ImportOrigin;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.importer.ImportProgress;
import org.newsdesk.importer.StoryImporter;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.workflow.metadata.ChannelList;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The last story reopens reliably after a large import: a window closed while the import is
 * still being written (before the story is shown) reopens the imported story at the next start,
 * not the one that was on screen before.
 */
class LastStoryAfterImportTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void aWindowClosedWhileALargeImportIsWrittenReopensTheImportedStory() throws Exception {
        Path file = dir.resolve("long-interview.txt");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append(i % 2 == 0 ? "主持人：" : "嘉宾：").append("第").append(i).append("段，关于城市更新的长篇访谈内容。\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ImportPreview preview = new StoryImporter().preview(file, ImportOptions.AUTO, ImportProgress.NONE);
        ImportOrigin origin = ImportOrigin.ofFile(file, preview);

        Path data = dir.resolve("data");
        Story before;
        try (Store seeded = Store.open(data)) {
            before = seeded.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                    SampleInterview.paragraphs());
        }

        CountDownLatch gate = new CountDownLatch(0);
        CountDownLatch[] holding = {gate};
        Store store = Store.open(data);
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        FolderServices folder = TestFolder.services(store, new StoreWriter(new StoreWriter.Around() {
            @Override
            public <T> T run(Callable<T> write) throws Exception {
                holding[0].await();
                return write.call();
            }
        }));
        MainViewModel main = onFx(() -> {
            MainViewModel m = new MainViewModel(tasks, new Messages(Locale.ENGLISH), ChannelList.DEFAULT, folder);
            m.begin(null);
            return m;
        });
        onFx(() -> {
            main.open(before.id());
            return null;
        });
        until(() -> onFx(() -> before.id().equals(main.openStoryProperty().get())));

        // the import is written slowly (a loaded machine): the window is closed before it is shown
        holding[0] = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        onFx(() -> {
            main.createFromImport(preview, origin);
            main.shutdown(closed::countDown);
            return null;
        });
        holding[0].countDown();
        assertThat(closed.await(60, TimeUnit.SECONDS)).as("the window closed").isTrue();
        tasks.close();

        try (Store reopened = Store.open(data)) {
            Startup startup = Startup.read(reopened);
            UUID imported = reopened.stories().list(false).stream()
                    .filter(s -> !s.id().equals(before.id())).findFirst().orElseThrow().id();
            assertThat(startup.story()).map(Story::id).contains(imported);
            assertThat(startup.story().orElseThrow().paragraphs()).hasSize(preview.paragraphs().size());
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
