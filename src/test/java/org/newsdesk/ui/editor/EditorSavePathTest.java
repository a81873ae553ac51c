package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreException;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.SaveStatus;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor's save path against a real store whose writer fails on demand (as a full disk
 * does): a failed save stays unsaved, is kept in the journal, shown, and saved by itself once
 * the store can be written again.
 */
class EditorSavePathTest {

    @TempDir
    Path dir;

    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicInteger attempts = new AtomicInteger();
    private Store store;
    private StoreWriter writer;
    private TypingEditor typing;
    private TypingJournal journal;
    private EditorViewModel editor;
    private SaveStatus status;

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
        store = TestStores.fresh(dir);
        writer = new StoreWriter(new StoreWriter.Around() {
            @Override
            public <T> T run(Callable<T> write) throws Exception {
                attempts.incrementAndGet();
                if (failing.get()) {
                    throw new StoreException(StoreException.Problem.DISK_FULL, dir, "No space left on device", null);
                }
                return write.call();
            }
        });
        Story story = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(),
                SampleInterview.paragraphs());
        typing = new TypingEditor(store, writer, dir, story);
        journal = typing.journal;
        editor = typing.editor;
        status = typing.status;
    }

    @AfterEach
    void close() {
        writer.close();
        typing.close();
        store.close();
    }

    private void type(String text) throws Exception {
        typing.type(text);
    }

    private List<String> storedTexts() {
        return store.stories().get(editor.storyProperty().get().id()).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void aFailedSaveStaysUnsavedIsKeptAndIsSavedOnceTheStoreWorksAgain() throws Exception {
        failing.set(true);
        type("磁盘满了以后打的第一句。");
        onFx(() -> {
            editor.flush();
            return null;
        });
        until(() -> onFx(() -> status.stateProperty().get() == SaveStatus.State.FAILED));
        assertThat(onFx(() -> status.textProperty().get())).contains("disk is full").contains(journal.folder().toString());
        assertThat(onFx(editor::hasUnsaved)).isTrue();
        // the journal has it although the store has not
        until(() -> journal.read(editor.storyProperty().get().id()).isPresent());
        assertThat(journal.read(editor.storyProperty().get().id()).orElseThrow().paragraphs())
                .extracting(Paragraph::text).endsWith("磁盘满了以后打的第一句。");
        assertThat(storedTexts()).doesNotContain("磁盘满了以后打的第一句。");
        // it is tried again by itself, without more typing
        int before = attempts.get();
        until(() -> attempts.get() >= before + 2);
        type("还在打字。");

        failing.set(false);

        until(() -> storedTexts().contains("还在打字。"));
        assertThat(storedTexts()).contains("磁盘满了以后打的第一句。");
        until(() -> onFx(() -> status.stateProperty().get() == SaveStatus.State.SAVED && !editor.hasUnsaved()));
        until(() -> journal.pending().isEmpty());
    }

    @Test
    void aStoryClosedWithAFailedSaveIsStillSavedAndReopensWithItsTyping() throws Exception {
        failing.set(true);
        type("关掉之前没存上的一句。");
        Story story = editor.storyProperty().get();
        onFx(() -> {
            editor.close();
            return null;
        });
        until(() -> onFx(() -> status.stateProperty().get() == SaveStatus.State.FAILED));
        assertThat(onFx(editor::hasUnsaved)).as("closing does not forget unsaved typing").isTrue();
        var unsaved = onFx(() -> editor.unsavedOf(story.id()));
        assertThat(unsaved).isPresent();
        assertThat(unsaved.get().transcript().get()).extracting(Paragraph::text).endsWith("关掉之前没存上的一句。");

        failing.set(false);

        until(() -> store.stories().get(story.id()).paragraphs().stream()
                .anyMatch(p -> p.text().equals("关掉之前没存上的一句。")));
        until(() -> onFx(() -> !editor.hasUnsaved() && status.stateProperty().get() == SaveStatus.State.SAVED));
        until(() -> journal.pending().isEmpty());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return TypingEditor.onFx(work);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    static CompletableFuture<Void> none() {
        return CompletableFuture.completedFuture(null);
    }
}
