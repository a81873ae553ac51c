package org.newsdesk.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.SaveStatus;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real full disk: the data folder on a small tmpfs, filled up while the editor types. Nothing
 * typed is lost, the status says so in plain words, and saving resumes once space is freed.
 * Mounting needs root (Linux): elsewhere the test is skipped with the reason, unless
 * {@code newsdesk.tests.requireAll=true}, which makes it fail instead.
 */
@Tag("system")
class FullDiskTest {

    private static final String SIZE = "48m";

    private Path mountPoint;
    private Path filler;
    private Store store;
    private StoreWriter writer;
    private TypingEditor typing;
    private TypingJournal journal;
    private EditorViewModel editor;
    private SaveStatus status;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void mount() throws Exception {
        mountPoint = Files.createTempDirectory("newsdesk-fulldisk-");
        String why = run("mount", "-t", "tmpfs", "-o", "size=" + SIZE, "tmpfs", mountPoint.toString());
        if (why != null) {
            Files.delete(mountPoint);
            mountPoint = null;
            TestRequirements.require(false, "a small tmpfs mounted as root (" + why.strip() + ")");
        }
        filler = mountPoint.resolve("filler.bin");
    }

    @AfterEach
    void unmount() throws Exception {
        System.clearProperty("newsdesk.store.minFreeBytes");
        if (writer != null) {
            writer.close();
        }
        if (typing != null) {
            typing.close();
        }
        if (store != null) {
            store.close();
        }
        if (mountPoint != null) {
            run("umount", mountPoint.toString());
            Files.deleteIfExists(mountPoint);
        }
    }

    @Test
    void nothingTypedIsLostWhenTheDiskFillsAndSavingResumesOnceSpaceIsFreed() throws Exception {
        // no write floor: the disk really fills under H2, which then closes its file (the case seen)
        System.setProperty("newsdesk.store.minFreeBytes", "0");
        Path data = mountPoint.resolve("data");
        store = Store.open(data);
        writer = new StoreWriter();
        Story story = store.stories().create(Metadata.withHeadline("磁盘写满测试"), SampleInterview.speakers(),
                SampleInterview.paragraphs());
        typing = new TypingEditor(store, writer, data, story);
        journal = typing.journal;
        editor = typing.editor;
        status = typing.status;
        List<String> typed = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            typed.add(type("磁盘满之前的第" + i + "句。"));
        }
        until(() -> storedTexts(story).containsAll(typed) && saved());

        fillTheDisk();
        for (int i = 1; i <= 20; i++) {
            typed.add(type("磁盘满了以后接着打的第" + i + "句，内容要长一些，好让数据库的页写不下去。".repeat(20)));
        }
        until(() -> onFx(() -> status.stateProperty().get() == SaveStatus.State.FAILED));
        String told = onFx(() -> status.textProperty().get());
        assertThat(told).contains("The disk is full").contains(journal.folder().toString())
                .doesNotContain("Exception").doesNotContain("[50000");
        until(() -> journal.read(story.id()).map(s -> texts(s.paragraphs()).containsAll(typed)).orElse(false));
        assertThat(onFx(editor::hasUnsaved)).isTrue();

        Files.delete(filler);
        typed.add(type("腾出空间以后打的一句。"));

        until(() -> saved() && storedTexts(story).containsAll(typed));
        int lost = typed.stream().filter(t -> !storedTexts(story).contains(t)).mapToInt(String::length).sum();
        System.out.println("FULLDISK characters typed " + typed.stream().mapToInt(String::length).sum()
                + ", lost " + lost);
        assertThat(lost).isZero();
        until(() -> journal.pending().isEmpty());
    }

    private boolean saved() throws Exception {
        return onFx(() -> status.stateProperty().get() == SaveStatus.State.SAVED && !editor.hasUnsaved());
    }

    private String type(String text) throws Exception {
        typing.type(text);
        onFx(() -> {
            editor.flush();
            return null;
        });
        return text;
    }

    private void fillTheDisk() throws IOException {
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            assertThat(full.getMessage()).contains("No space left on device");
        }
    }

    private List<String> storedTexts(Story story) {
        return texts(store.stories().get(story.id()).paragraphs());
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    /** Runs a command; null when it worked, else what it said. */
    private static String run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? null : command[0] + " exited with " + p.exitValue() + ": " + said;
        } catch (IOException e) {
            return command[0] + " cannot be run: " + e.getMessage();
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return TypingEditor.onFx(work);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}
