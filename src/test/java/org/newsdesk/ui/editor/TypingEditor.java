package org.newsdesk.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An editor view model on a real store, with its typing journal and save status, whose
 * transcript is a list the test appends to as if typed (tests of the save path).
 */
final class TypingEditor implements AutoCloseable {

    final TypingJournal journal;
    final FxBackgroundTasks tasks = new FxBackgroundTasks();
    final List<Paragraph> shown = new ArrayList<>();
    SaveStatus status;
    EditorViewModel editor;

    /** Opens {@code story} in a new editor whose journal lives in {@code journalFolder}. */
    TypingEditor(Store store, StoreWriter writer, Path journalFolder, Story story) throws Exception {
        journal = new TypingJournal(journalFolder);
        shown.addAll(story.paragraphs());
        onFx(() -> {
            status = new SaveStatus(tasks, new Messages(Locale.ENGLISH));
            editor = new EditorViewModel(status, tasks);
            editor.useJournal(journal);
            editor.setTranscriptSource(() -> {
                List<Paragraph> copy = List.copyOf(shown);
                return () -> copy;
            });
            editor.open(story, new StorySaver(store, writer, story), 0);
            return null;
        });
    }

    /** A guest's paragraph typed at the end; the editor is told as a keystroke tells it. */
    void type(String text) throws Exception {
        onFx(() -> {
            shown.add(Paragraph.of(SampleInterview.GUEST, text));
            editor.edited();
            return null;
        });
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        journal.close();
        tasks.close();
    }
}
