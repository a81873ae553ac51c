package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.credentials.MemoryCredentials;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Span;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.workflow.metadata.ChannelList;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scheduled publishing and embargo against real targets on loopback, a real H2 file and a
 * clock the test moves: nothing goes out before its time, it goes out at its time (also after
 * a restart), a cancelled schedule never goes out.
 */
class ScheduledPublishingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant START = Instant.parse("2026-12-02T08:00:00Z");
    private static final String WHO = "林編輯";

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private final MemoryCredentials credentials = new MemoryCredentials();
    private final List<AutoCloseable> open = new ArrayList<>();
    private Store store;
    private Targets targets;
    private OutboxFiles files;
    private DeliveryWorker worker;
    private Outbox outbox;

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private <T extends AutoCloseable> T keep(T resource) {
        open.add(resource);
        return resource;
    }

    /** Opens the data folder as the app does: the store, targets, outbox and worker, all on the test clock. */
    private void openApp() {
        store = keep(TestStores.fresh(dir.resolve("data"), clock));
        // the newsroom's channels, as the app sets them from its preferences on every start
        store.workflow().setChannels(new ChannelList(List.of("政务", "科技")));
        TargetFactory factory = new TargetFactory(credentials, Duration.ofSeconds(5),
                Duration.ofSeconds(20));
        targets = new Targets(store.targets(), credentials, factory);
        files = new OutboxFiles(dir.resolve("data"));
        worker = keep(new DeliveryWorker(store.outbox(), files, targets, SyncFixture.quickBackoff(), clock, 2));
        worker.onRelease(new ScheduledRelease(store));
        outbox = new Outbox(store, StoryExporter.forDataFolder(dir.resolve("data")), files, clock);
        outbox.onQueued(worker::wake);
    }

    /** A portal on loopback, and the app opened with it as its one delivery target. */
    private PortalServer openAppWithPortal() throws IOException {
        PortalServer portal = keep(new PortalServer(0, SyncFixture.TOKEN));
        openApp();
        targets.add(new TargetSettings("portal", TargetKind.HTTP, portal.base().toString(), "", null),
                SyncFixture.TOKEN.toCharArray());
        return portal;
    }

    /** Closes the worker and the store, as quitting Newsdesk does. */
    private void quitApp() throws Exception {
        worker.close();
        store.close();
        open.remove(worker);
        open.remove(store);
    }

    /** The sample interview without its editor's note and uncertain passage, with these times, moved to Approved. */
    private Story approvedStory(ZonedDateTime publishTime, ZonedDateTime embargo) {
        Metadata m = SampleInterview.metadata();
        Metadata timed = new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), m.authors(),
                m.editor(), publishTime, SHANGHAI, m.channels(), m.keywords(), m.series(), m.internalNote(), embargo);
        List<Paragraph> clean = SampleInterview.paragraphs().stream()
                .map(p -> new Paragraph(p.id(), p.speakerKey(), p.spans().stream()
                        .filter(s -> s.styles().isEmpty()).map(s -> Span.plain(s.text())).toList()))
                .toList();
        Story s = store.stories().create(timed, SampleInterview.speakers(), clean);
        long version = store.workflow().setStatus(s.id(), s.version(), Status.READY, WHO);
        store.workflow().setStatus(s.id(), version, Status.APPROVED, WHO);
        return store.stories().get(s.id());
    }

    private static ZonedDateTime at(Instant t) {
        return t.atZone(SHANGHAI);
    }

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("never happened: " + what, e);
        }
    }

    private List<OutboxEntry> entries() {
        return store.outbox().list();
    }

    @Test
    void aScheduledPublishWaitsForItsTimeAndIsReleasedAfterARestart() throws Exception {
        PortalServer portal = openAppWithPortal();
        Instant release = START.plus(Duration.ofHours(2));
        Story story = approvedStory(at(release), null);

        Published published = outbox.publishStory(story.id(), List.of(), WHO);

        assertThat(published.entries()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(DeliveryState.SCHEDULED);
            assertThat(e.nextAttemptAt()).isEqualTo(release);
            assertThat(e.releaseAt()).isEqualTo(release);
        });
        assertThat(store.stories().get(story.id()).status()).as("stays Approved until released").isEqualTo(Status.APPROVED);
        assertThat(StoryDelivery.of(entries()).get(story.id()).summary()).isEqualTo(StoryDelivery.Summary.SCHEDULED);
        assertThat(store.outbox().nextDue()).contains(release);

        clock.set(release.minusSeconds(1));
        assertThat(worker.deliverDue()).isEqualTo(new PassSummary(0, 0, 0));
        assertThat(portal.requests()).as("nothing before its time").isZero();
        assertThat(entries()).singleElement().extracting(OutboxEntry::state).isEqualTo(DeliveryState.SCHEDULED);

        quitApp();
        clock.set(release.plus(Duration.ofMinutes(10)));
        openApp();
        worker.start();

        await("release and delivery", () -> !entries().isEmpty() && entries().get(0).state() == DeliveryState.DELIVERED);
        OutboxEntry delivered = entries().get(0);
        assertThat(delivered.releaseAt()).isEqualTo(release);
        assertThat(portal.creations()).containsOnlyKeys(published.sha256());
        assertThat(portal.received()).singleElement().satisfies(r -> {
            assertThat(r.headers()).containsEntry("Newsdesk-Scheduled-For", "2026-12-02T10:00:00Z");
            assertThat(r.headers()).doesNotContainKey("Newsdesk-Embargoed-Until");
        });
        await("Published on release", () -> store.stories().get(story.id()).status() == Status.PUBLISHED);
        assertThat(store.workflow().statusHistory(story.id())).last().satisfies(c -> {
            assertThat(c.to()).isEqualTo(Status.PUBLISHED);
            assertThat(c.changedBy()).isEqualTo(WHO);
        });
    }

    @Test
    void anEmbargoHoldsHttpAndFolderTargetsEvenWhenRetriedNow() throws Exception {
        PortalServer portal = openAppWithPortal();
        Path share = Files.createDirectories(dir.resolve("share"));
        targets.add(new TargetSettings("share", TargetKind.FOLDER, share.toString(), "", null), null);

        Instant embargo = embargoHolds(() -> portal.requests() == 0 && empty(share));

        assertThat(portal.received()).singleElement().satisfies(r ->
                assertThat(r.headers()).containsEntry("Newsdesk-Embargoed-Until", embargo.toString()));
        assertThat(empty(share)).isFalse();
    }

    @Test
    void anEmbargoHoldsAWebDavTarget() throws Exception {
        ApacheDavServer.require();
        try (ApacheDavServer apache = ApacheDavServer.start(Files.createDirectories(dir.resolve("apache")),
                WebDavTargetTest.PASSWORD)) {
            openApp();
            targets.add(new TargetSettings("dav", TargetKind.WEBDAV, apache.uploadsUrl(), ApacheDavServer.USER, null),
                    WebDavTargetTest.PASSWORD.toCharArray());

            embargoHolds(() -> empty(apache.uploads()));

            assertThat(empty(apache.uploads())).isFalse();
        }
    }

    /**
     * Publishes a story under an embargo an hour ahead (no publish time of its own), checks
     * nothing reaches any target before it — not even after a cancel and "retry now" — and that
     * everything is delivered once it has passed.
     *
     * @return the embargo
     */
    private Instant embargoHolds(BooleanSupplier nothingArrived) throws Exception {
        Instant embargo = START.plus(Duration.ofHours(1));
        Story story = store.stories().create(new Metadata("禁發稿", "", "", "", "", List.of(), "", null,
                SHANGHAI, List.of(), List.of(), null, "", at(embargo)), SampleInterview.speakers(),
                SampleInterview.paragraphs());

        Published published = outbox.publish(story.id(), List.of(), WHO);
        assertThat(published.entries()).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(DeliveryState.SCHEDULED);
            assertThat(e.embargoUntil()).isEqualTo(embargo);
        });
        clock.set(embargo.minusSeconds(1));
        assertThat(worker.deliverDue().delivered()).isZero();
        for (OutboxEntry e : published.entries()) {
            outbox.cancel(e.id());
            assertThat(outbox.retryNow(e.id())).get().extracting(OutboxEntry::state).isEqualTo(DeliveryState.SCHEDULED);
        }
        assertThat(worker.deliverDue().delivered()).isZero();
        assertThat(nothingArrived.getAsBoolean()).as("nothing reaches a target before the embargo").isTrue();

        clock.set(embargo);
        assertThat(worker.deliverDue().delivered()).isEqualTo(published.entries().size());
        assertThat(entries()).allSatisfy(e -> assertThat(e.state()).isEqualTo(DeliveryState.DELIVERED));
        return embargo;
    }

    /**
     * The running worker, not a pass or a restart: it sleeps until the entry's time by its clock,
     * and a look after the clock moved (here the wake that queueing also gives) releases and sends it.
     */
    @Test
    void aRunningWorkerReleasesAScheduledPublishOnceItsClockReachesTheTime() throws Exception {
        PortalServer portal = openAppWithPortal();
        Instant release = START.plus(Duration.ofHours(2));
        Story story = approvedStory(at(release), null);
        List<List<OutboxEntry>> released = new java.util.concurrent.CopyOnWriteArrayList<>();
        worker.onRelease(released::add);
        worker.start();

        Published published = outbox.publishStory(story.id(), List.of(), WHO);
        assertThat(published.entries()).singleElement().extracting(OutboxEntry::state).isEqualTo(DeliveryState.SCHEDULED);
        clock.set(release.minusSeconds(1));
        worker.wake();
        assertThat(entries()).singleElement().extracting(OutboxEntry::state).isEqualTo(DeliveryState.SCHEDULED);

        clock.set(release);
        worker.wake();
        await("release and delivery", () -> entries().get(0).state() == DeliveryState.DELIVERED);
        await("Published on release", () -> store.stories().get(story.id()).status() == Status.PUBLISHED);
        assertThat(released).singleElement().satisfies(r -> assertThat(r).singleElement()
                .extracting(OutboxEntry::id).isEqualTo(published.entries().get(0).id()));
        assertThat(portal.creations()).containsOnlyKeys(published.sha256());
    }

    @Test
    void aCancelledScheduledPublishNeverGoesOutAndTheStoryStaysApproved() throws Exception {
        PortalServer portal = openAppWithPortal();
        Story story = approvedStory(SampleInterview.PUBLISH_TIME, null);
        Instant chosen = START.plus(Duration.ofMinutes(30));

        Published published = outbox.publishStory(story.id(), List.of(), WHO, at(chosen));
        OutboxEntry entry = published.entries().get(0);
        assertThat(entry.state()).isEqualTo(DeliveryState.SCHEDULED);
        assertThat(entry.nextAttemptAt()).isEqualTo(chosen);

        assertThat(outbox.cancel(entry.id())).get().extracting(OutboxEntry::state).isEqualTo(DeliveryState.CANCELLED);
        clock.set(chosen.plus(Duration.ofDays(1)));
        assertThat(worker.deliverDue()).isEqualTo(new PassSummary(0, 0, 0));

        assertThat(portal.requests()).isZero();
        assertThat(entries()).singleElement().extracting(OutboxEntry::state).isEqualTo(DeliveryState.CANCELLED);
        assertThat(store.stories().get(story.id()).status()).isEqualTo(Status.APPROVED);
        assertThat(store.outbox().nextDue()).isEmpty();
    }

    @Test
    void aPublishTimeInThePastSendsAtOnceAndPublishes() throws Exception {
        PortalServer portal = openAppWithPortal();
        Story story = approvedStory(SampleInterview.PUBLISH_TIME, null);

        Published published = outbox.publishStory(story.id(), List.of(), WHO);

        assertThat(published.entries()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(DeliveryState.PENDING);
            assertThat(e.releaseAt()).isNull();
        });
        assertThat(store.stories().get(story.id()).status()).isEqualTo(Status.PUBLISHED);
        assertThat(worker.deliverDue().delivered()).isEqualTo(1);
        assertThat(portal.received()).singleElement()
                .satisfies(r -> assertThat(r.headers()).doesNotContainKey("Newsdesk-Scheduled-For"));
    }

    private static boolean empty(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.noneMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A clock the test sets; every reader sees the same instant. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            this.now = start;
        }

        void set(Instant value) {
            now = value;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
