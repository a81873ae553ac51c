package org.newsdesk.ui.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.SmallDisk;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Story;
import org.newsdesk.store.Startup;
import org.newsdesk.store.Store;
import org.newsdesk.store.StoreWriter;
import org.newsdesk.store.StorySaver;
import org.newsdesk.store.TypingJournal;
import org.newsdesk.ui.common.FxBackgroundTasks;
import org.newsdesk.ui.common.SaveStatus;
import org.newsdesk.workflow.metadata.ChannelList;
import org.newsdesk.workflow.metadata.MetadataField;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Metadata typed while the disk is full (a real small tmpfs, filled up) is journaled like the
 * transcript: it is saved by itself once space is freed, also after its story was closed, and a
 * crash meanwhile loses none of it (it is replayed at the next start).
 */
@Tag("system")
class FullDiskMetadataTest {

    private SmallDisk disk;
    private Store store;
    private StoreWriter writer;
    private TypingJournal journal;
    private FxBackgroundTasks tasks;
    private MetadataViewModel metadata;
    private SaveStatus status;
    private Story story;
    private Path data;

    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        disk = SmallDisk.mount("48m");
        // no write floor: the disk really fills under H2
        System.setProperty("newsdesk.store.minFreeBytes", "0");
        data = disk.root().resolve("data");
        store = Store.open(data);
        writer = new StoreWriter();
        story = store.stories().create(Metadata.withHeadline("元数据写满测试"), SampleInterview.speakers(),
                SampleInterview.paragraphs());
        journal = TypingJournal.forMetadata(data);
        tasks = new FxBackgroundTasks();
        StorySaver saver = new StorySaver(store, writer, story);
        onFx(() -> {
            status = new SaveStatus(tasks, new Messages(Locale.ENGLISH));
            metadata = new MetadataViewModel(tasks, status, new Messages(Locale.ENGLISH), ChannelList.DEFAULT,
                    store, writer);
            metadata.useJournal(journal);
            metadata.open(story, saver);
            return null;
        });
    }

    @AfterEach
    void close() throws Exception {
        System.clearProperty("newsdesk.store.minFreeBytes");
        if (writer != null) {
            writer.close();
        }
        journal.close();
        tasks.close();
        if (store != null) {
            store.close();
        }
        disk.close();
    }

    @Test
    void metadataTypedOnAFullDiskIsSavedOnceSpaceIsFreedEvenAfterItsStoryWasClosed() throws Exception {
        type(MetadataField.SUBTITLE, "磁盘满之前的副标题");
        until(() -> store.stories().get(story.id()).metadata().subtitle().equals("磁盘满之前的副标题"));

        disk.fill();
        String headline = "磁盘满了以后改的标题";
        String summary = "磁盘满了以后写的摘要，内容要长一些，好让数据库的页写不下去。".repeat(40);
        type(MetadataField.HEADLINE, headline);
        type(MetadataField.SUMMARY, summary);
        until(() -> onFx(() -> status.stateProperty().get() == SaveStatus.State.FAILED));
        until(() -> journal.read(story.id()).map(s -> s.metadata().summary().equals(summary)
                && s.metadata().headline().equals(headline)).orElse(false));
        assertThat(onFx(metadata::hasUnsaved)).isTrue();
        onFx(() -> {
            metadata.close();
            return null;
        });

        disk.free();
        until(() -> {
            Metadata stored = store.stories().get(story.id()).metadata();
            return stored.headline().equals(headline) && stored.summary().equals(summary);
        });
        until(() -> !onFx(metadata::hasUnsaved) && journal.pending().isEmpty());
    }

    @Test
    void metadataTypedOnAFullDiskSurvivesACrashAndIsReplayedAtTheNextStart() throws Exception {
        disk.fill();
        String headline = "崩溃之前没存进去的标题";
        type(MetadataField.HEADLINE, headline);
        type(MetadataField.SUMMARY, "崩溃之前没存进去的摘要。".repeat(60));
        until(() -> onFx(() -> status.stateProperty().get() == SaveStatus.State.FAILED));
        until(() -> journal.read(story.id()).map(s -> s.metadata().headline().equals(headline)).orElse(false));

        // the process dies: nothing is closed in order, the store is simply let go
        writer.close();
        writer = null;
        store.close();
        store = null;
        disk.free();

        try (Store reopened = Store.open(data)) {
            Startup startup = Startup.replayThenRead(reopened);
            assertThat(startup).isNotNull();
            Metadata stored = reopened.stories().get(story.id()).metadata();
            assertThat(stored.headline()).isEqualTo(headline);
            assertThat(stored.summary()).startsWith("崩溃之前没存进去的摘要。");
            assertThat(TypingJournal.forMetadata(data).pending()).isEmpty();
        }
    }

    private void type(MetadataField field, String text) throws Exception {
        onFx(() -> {
            metadata.field(field).set(text);
            metadata.flush();
            return null;
        });
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }
}
