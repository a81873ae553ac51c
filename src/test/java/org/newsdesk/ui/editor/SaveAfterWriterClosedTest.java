package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.TestStores;
import org.newsdesk.ui.common.SameThreadTasks;
import org.newsdesk.ui.common.SaveStatus;

/**
 * A save that failed is retried by a timer; when the store's writer closes before that timer
 * fires (the window or a test closing), the retry neither throws on the UI thread nor goes on
 * retrying: the typing stays unsaved here (the journal keeps it for the next start).
 */
class SaveAfterWriterClosedTest {

    @TempDir
    Path dir;

    private Store store;

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRetryDueAfterTheWriterClosedStopsQuietly() {
        store = TestStores.fresh(dir);
        AtomicBoolean failing = new AtomicBoolean(true);
        StoreWriter writer = new StoreWriter(new StoreWriter.Around() {
            @Override
            public <T> T run(Callable<T> write) throws Exception {
                if (failing.get()) {
                    throw new StoreException(StoreException.Problem.DISK_FULL, dir, "No space left on device", null);
                }
                return write.call();
            }
        });
        SameThreadTasks tasks = new SameThreadTasks();
        Story story = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                SampleInterview.paragraphs());
        List<Paragraph> shown = new ArrayList<>(story.paragraphs());
        EditorViewModel editor = new EditorViewModel(new SaveStatus(tasks, new Messages(Locale.ENGLISH)), tasks);
        editor.setTranscriptSource(() -> {
            List<Paragraph> copy = List.copyOf(shown);
            return () -> copy;
        });
        editor.open(story, new StorySaver(store, writer, story), 0);

        shown.add(Paragraph.of(SampleInterview.GUEST, "存不上的一句。"));
        editor.edited();
        editor.flush();
        tasks.settle();
        assertThat(tasks.timerRunning()).as("the failed save is to be tried again").isTrue();

        writer.close();
        assertThatCode(() -> tasks.advance(Duration.ofSeconds(1))).as("the retry, due after the close")
                .doesNotThrowAnyException();
        tasks.settle();

        assertThat(tasks.timerRunning()).as("no retry into a closed writer").isFalse();
        assertThat(editor.hasUnsaved()).as("what was typed is not taken for saved").isTrue();
    }
}
