package org.newsdesk.ui.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.sync.Backoff;
import org.newsdesk.sync.NoCredentials;
import org.newsdesk.sync.Publishing;
import org.newsdesk.sync.TargetKind;
import org.newsdesk.sync.TargetSettings;
import org.newsdesk.ui.common.SameThreadTasks;

/**
 * Publishing's view model without a window or the JavaFX toolkit: a real store, a real folder
 * target and the real delivery worker; its news reaches the test thread through the seam, and
 * the notification pause runs on the seam's virtual clock.
 */
class SyncViewModelTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    private final SameThreadTasks tasks = new SameThreadTasks();
    private final List<SyncViewModel.Notice> notices = new ArrayList<>();
    private Store store;
    private SyncViewModel sync;
    private Path share;

    @BeforeEach
    void open() throws Exception {
        share = Files.createDirectories(dir.resolve("share"));
        store = TestStores.fresh(dir.resolve("data"));
        sync = new SyncViewModel(tasks, ENGLISH);
        sync.onNotice(notices::add);
    }

    @AfterEach
    void close() {
        sync.shutDown().run();
        store.close();
    }

    private Story story(String headline) {
        return store.stories().create(Metadata.withHeadline(headline), List.of(),
                List.of(Paragraph.narration("渡輪清晨六點開出，碼頭上已經排滿了人。")));
    }

    private void start() {
        start(event -> { });
    }

    /** Starts publishing with {@code heardFirst} told of each delivery just before the view model. */
    private void start(java.util.function.Consumer<org.newsdesk.sync.DeliveryEvent> heardFirst) {
        NoCredentials none = new NoCredentials();
        Publishing publishing = new Publishing(store, store.folder(), none, Backoff.standard(), Clock.systemUTC());
        publishing.targets().add(new TargetSettings("share", TargetKind.FOLDER, share.toString(), "", null), null);
        publishing.worker().addListener(heardFirst);
        assertThat(sync.startIfOpen(publishing)).isTrue();
        tasks.settle();
    }

    @Test
    void startingReadsTheTargetsAndTheOutbox() {
        assertThat(sync.attached()).isFalse();
        start();

        assertThat(sync.attached()).isTrue();
        assertThat(sync.targetsKnownProperty().get()).isTrue();
        assertThat(sync.targets()).extracting(TargetSettings::name).containsExactly("share");
        assertThat(sync.entries()).isEmpty();
        assertThat(sync.credentialKind()).isNotBlank();
    }

    @Test
    void twoDeliveriesMakeOneNotificationOnceThePauseEnds() {
        // counted just before the view model hears each delivery: the view model's hand-over then wakes the wait
        java.util.concurrent.atomic.AtomicInteger heard = new java.util.concurrent.atomic.AtomicInteger();
        start(event -> heard.incrementAndGet());
        Story first = story("Harbour ferries at dawn");
        Story second = story("The night market reopens");
        int[] done = new int[1];

        sync.publish(first.id(), List.of(), "Lin Wen", null, false, () -> done[0]++);
        sync.publish(second.id(), List.of(), "Lin Wen", null, false, () -> done[0]++);
        assertThat(done[0]).isEqualTo(2);
        assertThat(sync.messageProperty().get()).contains("share");

        tasks.settleUntil(() -> heard.get() == 2 && sync.storyStates().size() == 2
                && sync.storyStates().values().stream().allMatch(s -> s == DeliveryState.DELIVERED));
        tasks.settle();
        assertThat(notices).as("the notification waits for more news").isEmpty();

        tasks.advance(Duration.ofMillis(700));

        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).text()).isEqualTo(ENGLISH.get("sync.notify.deliveredMany", 2));
        assertThat(notices.get(0).needsEditor()).isFalse();
        assertThat(sync.onlineProperty().get()).isTrue();
        assertThat(sync.waitingProperty().get()).isZero();
        try (var files = Files.list(share)) {
            assertThat(files.count()).isPositive();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void publishingShutDownBeforeItStartedNeverStarts() {
        sync.shutDown().run();
        NoCredentials none = new NoCredentials();
        Publishing late = new Publishing(store, store.folder(), none, Backoff.standard(), Clock.systemUTC());

        assertThat(sync.startIfOpen(late)).isFalse();
        assertThat(sync.attached()).isFalse();
    }

    @Test
    void publishingWithoutTargetsSaysWhy() {
        NoCredentials none = new NoCredentials();
        assertThat(sync.startIfOpen(new Publishing(store, store.folder(), none, Backoff.standard(),
                Clock.systemUTC()))).isTrue();
        tasks.settle();
        Story story = story("Harbour ferries at dawn");

        sync.publish(story.id(), List.of(), "Lin Wen", null, false, () -> { });

        assertThat(sync.messageProperty().get()).startsWith(ENGLISH.get("sync.publish.failed", "").strip());
        assertThat(sync.entries()).isEmpty();
    }
}
