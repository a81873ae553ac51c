package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.workflow.metadata.ChannelList;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a story reads it after the writes queued before (read-your-writes): switching
 * A → B → A while the writer is held up shows A with everything typed, and later saves of A
 * are never refused as "changed elsewhere".
 */
class OpenAfterWritesTest {

    @TempDir
    Path dir;

    private volatile CountDownLatch gate = new CountDownLatch(0);
    private Store store;
    private FxBackgroundTasks tasks;
    private MainViewModel main;
    private final List<Paragraph> shown = new ArrayList<>();
    private Story a;
    private Story b;

    @BeforeAll
    static void toolkit() {
        try {
            org.testfx.api.FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the JavaFX toolkit did not start", e);
        }
    }

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir);
        a = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(), SampleInterview.paragraphs());
        b = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                List.of(Paragraph.narration("另一篇稿子。")));
        tasks = new FxBackgroundTasks();
        FolderServices folder = TestFolder.services(store, new StoreWriter(new StoreWriter.Around() {
            @Override
            public <T> T run(Callable<T> write) throws Exception {
                gate.await();
                return write.call();
            }
        }));
        onFx(() -> {
            main = new MainViewModel(tasks, new Messages(Locale.ENGLISH), ChannelList.DEFAULT, folder);
            // what the transcript view does: show the story, hand over its text on demand
            main.editor().setTranscriptSource(() -> {
                List<Paragraph> copy = List.copyOf(shown);
                return () -> copy;
            });
            main.editor().storyProperty().addListener((o, was, now) -> {
                shown.clear();
                if (now != null) {
                    shown.addAll(now.paragraphs());
                }
            });
            main.begin(null);
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        gate.countDown();
        CountDownLatch closed = new CountDownLatch(1);
        onFx(() -> {
            main.shutdown(closed::countDown);
            return null;
        });
        closed.await(30, TimeUnit.SECONDS);
        tasks.close();
    }

    private void type(String text) throws Exception {
        onFx(() -> {
            shown.add(Paragraph.of(SampleInterview.HOST, text));
            main.editor().edited();
            return null;
        });
    }

    private void openStory(UUID id) throws Exception {
        onFx(() -> {
            main.open(id);
            return null;
        });
    }

    private UUID showing() throws Exception {
        return onFx(() -> main.editor().storyProperty().get() == null ? null : main.editor().storyProperty().get().id());
    }

    @Test
    void aThenBThenAWhileTheWriterIsBusyShowsEverythingTypedAndKeepsSaving() throws Exception {
        openStory(a.id());
        until(() -> a.id().equals(showing()));
        type("第一句，写入还没完成。");
        gate = new CountDownLatch(1);

        openStory(b.id());
        openStory(a.id());
        gate.countDown();

        until(() -> a.id().equals(showing()) && onFx(() -> main.openStoryProperty().get() != null));
        assertThat(onFx(() -> List.copyOf(shown))).extracting(Paragraph::text).contains("第一句，写入还没完成。");

        type("回来以后接着打。");
        onFx(() -> {
            main.editor().flush();
            return null;
        });
        until(() -> store.stories().get(a.id()).paragraphs().stream().anyMatch(p -> p.text().equals("回来以后接着打。")));
        until(() -> onFx(() -> main.saveStatus().stateProperty().get() == SaveStatus.State.SAVED));
        assertThat(store.stories().get(a.id()).paragraphs()).extracting(Paragraph::text)
                .containsSubsequence("第一句，写入还没完成。", "回来以后接着打。");
        assertThat(store.stories().get(b.id()).paragraphs()).extracting(Paragraph::text).containsExactly("另一篇稿子。");
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
