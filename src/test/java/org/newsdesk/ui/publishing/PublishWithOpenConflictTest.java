package org.newsdesk.ui.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.NoCredentials;
import org.newsdesk.sync.Publishing;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.ui.common.SameThreadTasks;

/**
 * The publish dialog's view model refuses an approved story while a newsroom conflict is open
 * in it, says which paragraph, queues nothing and does not close the dialog; once the conflict
 * is resolved the same publish goes through; a Published story sent again is refused the same way.
 */
class PublishWithOpenConflictTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final String WHO = "張令沛";

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private Store store;
    private SyncViewModel sync;

    @BeforeEach
    void open() throws Exception {
        store = TestStores.fresh(dir.resolve("data"));
        sync = new SyncViewModel(tasks, ENGLISH);
        Publishing publishing = new Publishing(store, store.folder(), new NoCredentials(), Backoff.standard(),
                Clock.systemUTC());
        publishing.targets().add(new TargetSettings("share", TargetKind.FOLDER,
                Files.createDirectories(dir.resolve("share")).toString(), "", null), null);
        assertThat(sync.startIfOpen(publishing)).isTrue();
        tasks.settle();
    }

    @AfterEach
    void close() {
        sync.shutDown().run();
        store.close();
    }

    @Test
    void publishIsRefusedWhileAConflictIsOpenAndGoesThroughOnceResolved() {
        Paragraph contested = Paragraph.narration("碼頭上已經排滿了人，渡輪六點開出。");
        Metadata m = Metadata.withHeadline("渡輪清晨開出");
        Metadata ready = new Metadata(m.headline(), "", "", "", "港聞組", List.of("李記者"), WHO,
                ZonedDateTime.of(2026, 7, 31, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")), null,
                List.of(), List.of(), null, "", null);
        Story s = store.stories().create(ready, List.of(), List.of(contested));
        long version = store.workflow().setStatus(s.id(), s.version(), Status.READY, WHO);
        store.workflow().setStatus(s.id(), version, Status.APPROVED, WHO);
        Story approved = store.stories().get(s.id());
        // a pull found both sides changed this paragraph: the story is written with the conflict open
        store.newsroom().writePulled(approved, approved.version(), 2, "{}", false, List.of(new NewsroomReplica.Conflict(
                "paragraph:" + contested.id(), "碼頭上排滿了人。", contested.text(), "碼頭上早已排滿了人，渡輪七點開出。")));
        int[] closed = new int[1];

        sync.publish(s.id(), List.of(), WHO, null, false, () -> closed[0]++);
        tasks.settle();

        assertThat(closed[0]).as("the dialog stays open").isZero();
        assertThat(sync.messageProperty().get()).startsWith(ENGLISH.get("sync.publish.failed", "").strip())
                .contains(ENGLISH.get("readiness.newsroomConflict", 1));
        assertThat(store.outbox().list()).isEmpty();
        assertThat(store.stories().get(s.id()).status()).isEqualTo(Status.APPROVED);

        store.newsroom().dropConflict(s.id(), "paragraph:" + contested.id());
        sync.publish(s.id(), List.of(), WHO, null, false, () -> closed[0]++);
        tasks.settle();
        assertThat(closed[0]).isEqualTo(1);
        assertThat(store.outbox().list()).hasSize(1);

        // sent again as a correction, a Published story does not pass the status checks: the outbox refuses it too
        Story approvedAgain = store.stories().get(s.id());
        store.workflow().setStatus(s.id(), approvedAgain.version(), Status.PUBLISHED, WHO);
        Story published = store.stories().get(s.id());
        store.newsroom().writePulled(published, published.version(), 3, "{}", false, List.of(new NewsroomReplica.Conflict(
                "paragraph:" + contested.id(), contested.text(), "碼頭上排滿了人。", "碼頭上早已排滿了人。")));
        sync.publish(s.id(), List.of(), WHO, null, false, () -> closed[0]++);
        tasks.settle();

        assertThat(closed[0]).isEqualTo(1);
        assertThat(sync.messageProperty().get()).contains(ENGLISH.get("readiness.newsroomConflict", 1));
        assertThat(store.outbox().list()).hasSize(1);
    }
}
