package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.export.BundleFile;
import org.newsdesk.export.BundleWriter;
import org.newsdesk.export.ExportException;
import org.newsdesk.export.ExportOptions;
import org.newsdesk.export.StoryExporter;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Rejection;
import org.newsdesk.model.Story;
import org.newsdesk.sync.PortalServer.Fault;
import org.testfx.util.WaitForAsyncUtils;

/** The outbox and its worker against a real portal on loopback, with the faults a network has. */
class DeliveryWorkerTest {

    @TempDir
    Path dir;

    private final List<AutoCloseable> open = new ArrayList<>();

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

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits for a state the worker reaches in the background; the limit only stops a hung test. */
    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.MINUTES, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("never happened: " + what, e);
        }
    }

    private static boolean all(SyncFixture f, DeliveryState state) {
        List<OutboxEntry> entries = f.store.outbox().list();
        return !entries.isEmpty() && entries.stream().allMatch(e -> e.state() == state);
    }

    @Test
    void publishedOfflineItArrivesOnceWhenThePortalComesBack() throws Exception {
        int port = freePort();
        SyncFixture f = keep(new SyncFixture(dir, SyncFixture.quickBackoff(), 2, Duration.ofSeconds(10)));
        f.addPortal("portal", URI.create("http://127.0.0.1:" + port + "/api"));
        Story story = f.story("市科委副主任做客政務網(3)");
        f.worker.start();

        Published published = f.outbox().publish(story.id(), List.of(), "editor");
        await("an attempt that finds the portal offline", () -> f.store.outbox().list().get(0).attempts() >= 2);
        OutboxEntry offline = f.store.outbox().list().get(0);
        assertThat(offline.state()).isIn(DeliveryState.FAILED, DeliveryState.SENDING, DeliveryState.PENDING);
        assertThat(DeliveryProblem.describe(offline.lastError(), WebDavTargetTest.ENGLISH)).startsWith("Cannot connect to http://127.0.0.1:" + port);
        assertThat(f.store.outbox().counts().waiting()).isEqualTo(1);

        PortalServer portal = keep(new PortalServer(port, SyncFixture.TOKEN));
        await("delivery", () -> all(f, DeliveryState.DELIVERED));

        assertThat(portal.creations()).containsExactly(java.util.Map.entry(published.sha256(), 1));
        assertThat(published.revision()).isEqualTo(1);
        assertThat(portal.received()).allSatisfy(r -> assertThat(r.path())
                .isEqualTo("/api/stories/" + story.id() + "/revisions/1"));
        assertThat(f.store.outbox().counts().waiting()).isZero();
        assertThat(f.store.outbox().storyStates()).containsEntry(story.id(), DeliveryState.DELIVERED);
    }

    @Test
    void publishingTheSameRevisionAgainQueuesNothingNew() throws Exception {
        SyncFixture f = keep(new SyncFixture(dir, SyncFixture.quickBackoff(), 1, Duration.ofSeconds(10)));
        f.addPortal("portal", URI.create("http://127.0.0.1:9/api"));
        f.targets.add(new TargetSettings("share", TargetKind.FOLDER, dir.resolve("share").toString(), "", null), null);
        Story story = f.story("Idempotent");

        Published first = f.outbox().publish(story.id(), List.of(), "editor");
        Published second = f.outbox().publish(story.id(), List.of("portal"), "editor");

        assertThat(first.entries()).hasSize(2);
        assertThat(second.revision()).isEqualTo(first.revision());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.entries().get(0).id()).isEqualTo(first.entries().get(0).id());
        assertThat(f.store.outbox().list()).hasSize(2);
        assertThat(f.files.zip(first.sha256())).exists();
    }

    @Test
    void unknownOrMissingTargetsQueueNothing() {
        SyncFixture f = keep(new SyncFixture(dir, SyncFixture.quickBackoff(), 1, Duration.ofSeconds(10)));
        Story story = f.story("No targets");

        assertThatThrownBy(() -> f.outbox().publish(story.id(), List.of(), "editor"))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.problem()).isEqualTo(SyncException.Problem.NO_TARGETS));
        f.addPortal("portal", URI.create("http://127.0.0.1:9/api"));
        assertThatThrownBy(() -> f.outbox().publish(story.id(), List.of("elsewhere"), "editor"))
                .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.subject()).isEqualTo("elsewhere"));
        assertThat(f.store.outbox().list()).isEmpty();
    }

    @Test
    @Tag(TestRequirements.SYSTEM)
    void aFullDiskWhileExportingQueuesNothingAndLeavesNothingHalfWritten() throws Exception {
        SyncFixture f = keep(new SyncFixture(dir, SyncFixture.quickBackoff(), 1, Duration.ofSeconds(10)));
        f.addPortal("portal", URI.create("http://127.0.0.1:9/api"));
        Story story = f.story("Full disk");
        f.store.stories().saveRevision(story.id(), story.version(), "editor");
        Story kept = f.store.stories().revision(story.id(), 1);
        // what is sent says it is published
        Story saved = new Story(kept.id(), kept.slug(), org.newsdesk.model.Status.PUBLISHED, kept.metadata(),
                kept.speakers(), kept.paragraphs(), kept.revision(), kept.version(), kept.createdAt(), kept.updatedAt());
        byte[] zip = BundleWriter.zipBytes(StoryExporter.forDataFolder(dir).bundle(saved, ExportOptions.defaults()));
        String sha = BundleFile.sha256(zip);
        Files.createDirectories(f.files.folder());
        // every byte written to the partial file lands on a device that is always full
        TestRequirements.require(Files.exists(Path.of("/dev/full")), "Linux's /dev/full (a device that is always full)");
        Files.createSymbolicLink(f.files.partial(sha), Path.of("/dev/full"));

        assertThatThrownBy(() -> f.outbox().publish(story.id(), List.of(), "editor"))
                .isInstanceOfSatisfying(ExportException.class,
                        e -> assertThat(e.problem()).isEqualTo(ExportException.Problem.DISK_FULL));

        assertThat(f.store.outbox().list()).isEmpty();
        try (Stream<Path> left = Files.list(f.files.folder())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void retryAfterIsHonouredAndTheBundleStillArrives() throws Exception {
        PortalServer portal = keep(new PortalServer(0, SyncFixture.TOKEN));
        portal.plan((n, key) -> n == 1 ? Fault.BUSY_503 : Fault.NONE);
        SyncFixture f = keep(new SyncFixture(dir, new Backoff(Duration.ofMillis(2), Duration.ofMinutes(1), Math::random),
                1, Duration.ofSeconds(10)));
        f.addPortal("portal", portal.base());
        f.enqueueSynthetic(1, "portal");
        List<DeliveryEvent> events = new CopyOnWriteArrayList<>();
        f.worker.addListener(events::add);
        f.worker.start();

        await("delivery", () -> all(f, DeliveryState.DELIVERED));

        DeliveryEvent busy = events.get(0);
        assertThat(busy.outcome()).isInstanceOf(DeliveryOutcome.Retry.class);
        assertThat(busy.entry().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(Duration.between(busy.entry().updatedAt(), busy.entry().nextAttemptAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(990));
        assertThat(events.get(1).entry().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(events.get(1).entry().attempts()).isEqualTo(2);
    }

    @Test
    void aConflictWaitsForTheEditorAndRetryNowDeliversItOnceFixed() throws Exception {
        PortalServer portal = keep(new PortalServer(0, SyncFixture.TOKEN));
        portal.always(Fault.CONFLICT);
        SyncFixture f = keep(new SyncFixture(dir, SyncFixture.quickBackoff(), 1, Duration.ofSeconds(10)));
        f.addPortal("portal", portal.base());
        f.enqueueSynthetic(1, "portal");
        f.worker.start();

        await("refusal", () -> all(f, DeliveryState.REJECTED));
        OutboxEntry rejected = f.store.outbox().list().get(0);
        assertThat(rejected.rejection()).isEqualTo(Rejection.CONFLICT);
        assertThat(DeliveryProblem.fromStored(rejected.lastError()))
                .isEqualTo(DeliveryProblem.of(DeliveryProblem.Code.HTTP_STATUS_SAID, 409, "revision 9 is already published"));
        assertThat(portal.requests()).as("a refusal is not retried on its own").isEqualTo(1);

        portal.always(Fault.NONE);
        f.outbox().retryNow(rejected.id());
        await("delivery", () -> all(f, DeliveryState.DELIVERED));
        assertThat(portal.requests()).isEqualTo(2);
    }

    @Test
    void oneSyncPassTriesEachDueEntryOnceAndReportsWhatFailed() throws Exception {
        PortalServer portal = keep(new PortalServer(0, SyncFixture.TOKEN));
        SyncFixture f = keep(new SyncFixture(dir, SyncFixture.quickBackoff(), 2, Duration.ofSeconds(10)));
        f.addPortal("portal", portal.base());
        String failing = f.enqueueSynthetic(1, "portal");
        String refused = f.enqueueSynthetic(2, "portal");
        for (int n = 3; n <= 6; n++) {
            f.enqueueSynthetic(n, "portal");
        }
        portal.plan((n, key) -> key.equals(failing) ? Fault.ERROR_500 : key.equals(refused) ? Fault.UNPROCESSABLE : Fault.NONE);

        PassSummary pass = f.worker.deliverDue();

        assertThat(pass).isEqualTo(new PassSummary(4, 1, 1));
        assertThat(pass.allDelivered()).isFalse();
        assertThat(portal.requests()).isEqualTo(6);
    }

    @Test
    void aThousandBundlesThroughThirtyPercentFaultsArriveExactlyOnceEach() throws Exception {
        PortalServer portal = keep(new PortalServer(0, SyncFixture.TOKEN));
        Random random = new Random(20261124);
        Fault[] faults = {Fault.ERROR_500, Fault.BUSY_503, Fault.RESET_DURING_UPLOAD, Fault.LOST_ANSWER};
        List<Fault> injected = new CopyOnWriteArrayList<>();
        portal.plan((n, key) -> {
            double r;
            synchronized (random) {
                r = random.nextDouble();
            }
            Fault fault = r < 0.005 ? Fault.SILENT : r < 0.30 ? faults[(int) (r * 1000) % faults.length] : Fault.NONE;
            injected.add(fault);
            return fault;
        });
        SyncFixture f = keep(new SyncFixture(dir, SyncFixture.quickBackoff(), 4, Duration.ofSeconds(2)));
        f.addPortal("portal", portal.base());
        Set<String> keys = f.enqueueSyntheticBundles(1000, "portal");
        // each entry is delivered once (a lost answer's resend is answered "already stored"): the
        // wait counts the worker's events instead of querying the outbox every 10 ms beside it
        CountDownLatch delivered = new CountDownLatch(1000);
        f.worker.addListener(e -> {
            if (e.outcome() instanceof DeliveryOutcome.Delivered) {
                delivered.countDown();
            }
        });
        f.worker.start();

        assertThat(delivered.await(5, TimeUnit.MINUTES)).as("every bundle delivered; the limit only stops a hung test")
                .isTrue();
        assertThat(f.store.outbox().counts().waiting()).isZero();

        assertThat(f.store.outbox().list()).hasSize(1000).allMatch(e -> e.state() == DeliveryState.DELIVERED);
        assertThat(portal.creations()).hasSize(1000).allSatisfy((key, times) -> assertThat(times).isEqualTo(1));
        assertThat(portal.creations().keySet()).isEqualTo(keys);
        long faulted = injected.stream().filter(x -> x != Fault.NONE).count();
        assertThat((double) faulted / injected.size()).isBetween(0.2, 0.4);
        assertThat(injected).contains(Fault.LOST_ANSWER, Fault.RESET_DURING_UPLOAD, Fault.BUSY_503, Fault.ERROR_500);
    }

    @Test
    void theNetworkGoingAwayMidRunAndComingBackLosesNothing() throws Exception {
        PortalServer portal = keep(new PortalServer(0, SyncFixture.TOKEN));
        SyncFixture f = keep(new SyncFixture(dir, SyncFixture.quickBackoff(), 2, Duration.ofSeconds(5)));
        f.addPortal("portal", portal.base());
        f.enqueueSyntheticBundles(60, "portal");
        f.worker.start();
        await("some delivered", () -> portal.creations().size() >= 5);
        portal.close();
        await("attempts failing while offline", () -> f.store.outbox().counts().failed() > 0);

        PortalServer back = keep(portal.restarted());
        await("every bundle delivered", () -> all(f, DeliveryState.DELIVERED));

        assertThat(back.creations()).hasSize(60).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
    }
}
