package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.workflow.metadata.ChannelList;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quitting with everything saved leaves no journal file: the space reserved for the open story's
 * transcript and metadata journals when it was opened is given back at close.
 */
class CleanQuitJournalTest {

    @TempDir
    Path data;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void quittingWithEverythingSavedLeavesNoJournalFile() throws Exception {
        Story story;
        try (Store seeded = Store.open(data)) {
            story = seeded.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                    SampleInterview.paragraphs());
        }
        Store store = Store.open(data);
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        List<Paragraph> shown = new ArrayList<>();
        FolderServices opened = TestFolder.services(store);
        MainViewModel main = onFx(() -> {
            MainViewModel m = new MainViewModel(tasks, new Messages(Locale.ENGLISH), ChannelList.DEFAULT, opened);
            m.editor().setTranscriptSource(() -> {
                List<Paragraph> copy = List.copyOf(shown);
                return () -> copy;
            });
            m.editor().storyProperty().addListener((o, was, now) -> {
                shown.clear();
                if (now != null) {
                    shown.addAll(now.paragraphs());
                }
            });
            m.begin(null);
            m.open(story.id());
            return m;
        });
        until(() -> onFx(() -> story.id().equals(main.openStoryProperty().get())));
        Path folder = data.resolve(TypingJournal.FOLDER);
        until(() -> journalFiles(folder).size() == 2);
        onFx(() -> {
            shown.add(Paragraph.of(SampleInterview.HOST, "关窗之前打的最后一句。"));
            main.editor().edited();
            return null;
        });

        CountDownLatch ready = new CountDownLatch(1);
        List<String> refused = new ArrayList<>();
        onFx(() -> {
            main.prepareToClose(ready::countDown, why -> {
                refused.add(why);
                ready.countDown();
            });
            return null;
        });
        assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(refused).as("everything was saved").isEmpty();
        CountDownLatch closed = new CountDownLatch(1);
        onFx(() -> {
            main.shutdown(closed::countDown);
            return null;
        });
        assertThat(closed.await(60, TimeUnit.SECONDS)).isTrue();
        tasks.close();

        assertThat(journalFiles(folder)).as("no journal file after a clean quit").isEmpty();
        try (Store reopened = Store.open(data)) {
            Story saved = reopened.stories().get(story.id());
            assertThat(saved.paragraphs()).extracting(Paragraph::text).contains("关窗之前打的最后一句。");
        }
    }

    private static List<Path> journalFiles(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
