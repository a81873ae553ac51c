package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Paragraph;
import org.newsdesk.newsroom.NewsroomSync;
import org.newsdesk.newsroom.NewsroomDeliveryClaims;
import org.newsdesk.newsroom.PostgresPerClass;
import org.newsdesk.store.server.ServerLibrary;

/**
 * Two workstations of one newsroom publish the same story revision to the same portal (a real
 * loopback HTTP server): with claims on a real PostgreSQL the portal receives it once; without,
 * twice (each workstation's bundle is its own export, so the idempotency key cannot help).
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomDeliveryClaimsTest {

    private static final UUID STORY = UUID.fromString("5e1f2a3b-0000-4000-8000-0000000016aa");
    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private <T extends AutoCloseable> T keep(T c) {
        open.add(c);
        return c;
    }

    /** A workstation that has exported revision 1 of the story (its own bytes) for the portal. */
    private SyncFixture workstation(String name, PortalServer portal) throws Exception {
        SyncFixture f = fixture(name, portal);
        enqueue(f, name, STORY, 1);
        return f;
    }

    private SyncFixture fixture(String name, PortalServer portal) throws Exception {
        SyncFixture f = keep(new SyncFixture(dir.resolve(name), SyncFixture.quickBackoff(), 2, Duration.ofSeconds(10)));
        f.addPortal("portal", portal.base());
        return f;
    }

    private static void enqueue(SyncFixture f, String name, UUID story, int revision) throws Exception {
        byte[] zip = FolderTargetTest.zip(Map.of("index.html", "<p>渡口的早班船，" + name + "导出</p>", "article.json", "{}"));
        String sha = PortalServer.hex(zip); // the SHA-256 in hex
        f.files.save(sha, zip);
        f.store.outbox().enqueue(story, revision, sha, "portal", "du-kou", "渡口的早班船");
    }

    /**
     * A workstation of the newsroom that synced the story and keeps a revision of it (the same
     * content as everyone's) queued for the portal: its own local number, its own bytes.
     */
    private SyncFixture member(String name, PortalServer portal, String url, UUID story) throws Exception {
        SyncFixture f = fixture(name, portal);
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            new NewsroomSync(f.store, server, name).syncOnce();
        }
        int revision = f.store.stories().saveRevision(story, f.store.stories().get(story).version(), name).number();
        enqueue(f, name, story, revision);
        return f;
    }

    private static int deliveries(PortalServer portal) {
        return portal.creations().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static boolean delivered(SyncFixture f) {
        return f.store.outbox().list().stream().allMatch(e -> e.state() == DeliveryState.DELIVERED);
    }

    @Test
    void withoutANewsroomBothWorkstationsDeliverTheirOwnBundle() throws Exception {
        PortalServer portal = keep(new PortalServer(0, SyncFixture.TOKEN));
        SyncFixture a = workstation("a", portal);
        SyncFixture b = workstation("b", portal);
        PassSummary first = a.worker.deliverDue();
        PassSummary second = b.worker.deliverDue();
        assertThat(deliveries(portal)).as("%s %s %s", first, second, a.store.outbox().list()).isEqualTo(2);
    }

    @Test
    void twoWorkstationsPublishingTheSameRevisionAtOnceReachThePortalOnce() throws Exception {
        String url = postgres.newNewsroomDatabase();
        PortalServer portal = keep(new PortalServer(0, SyncFixture.TOKEN));
        // the story is written on "origin" and reaches the others through the newsroom
        SyncFixture origin = fixture("origin", portal);
        UUID story = origin.store.stories().create(Metadata.withHeadline("渡口的早班船"), List.of(),
                List.of(Paragraph.narration("早上六点，第一班船离岸。"))).id();
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            new NewsroomSync(origin.store, server, "origin").syncOnce();
        }
        // a keeps a revision of its own before anyone has one (its local revision 1 and b's
        // revision 1 are numbered apart but have one content: one newsroom revision)
        SyncFixture a = member("a", portal, url, story);
        SyncFixture b = member("b", portal, url, story);
        for (SyncFixture f : List.of(a, b)) {
            f.worker.useClaims(keep(new NewsroomDeliveryClaims(() -> ServerLibrary.connect(url, null, null),
                    f.store, NewsroomDeliveryClaims.LEASE)));
        }
        for (int pass = 0; pass < 200 && !(delivered(a) && delivered(b)); pass++) {
            CompletableFuture<PassSummary> first = CompletableFuture.supplyAsync(() -> pass(a));
            CompletableFuture<PassSummary> second = CompletableFuture.supplyAsync(() -> pass(b));
            first.get(2, TimeUnit.MINUTES);
            second.get(2, TimeUnit.MINUTES);
            Thread.sleep(50); // past the quick backoff of a workstation told to wait
        }
        assertThat(delivered(a)).as("%s", a.store.outbox().list()).isTrue();
        assertThat(delivered(b)).as("%s", b.store.outbox().list()).isTrue();
        assertThat(deliveries(portal)).as("one delivery of revision 1 across the newsroom").isEqualTo(1);
        assertThat(portal.received()).hasSize(1);
        List<OutboxEntry> both = new ArrayList<>(a.store.outbox().list());
        both.addAll(b.store.outbox().list());
        assertThat(both).extracting(OutboxEntry::state).containsOnly(DeliveryState.DELIVERED);

        // a later workstation publishing the same revision is told it is delivered, and sends nothing
        SyncFixture c = member("c", portal, url, story);
        c.worker.useClaims(keep(new NewsroomDeliveryClaims(() -> ServerLibrary.connect(url, null, null),
                c.store, NewsroomDeliveryClaims.LEASE)));
        assertThat(c.worker.deliverDue()).isEqualTo(new PassSummary(1, 0, 0));
        assertThat(deliveries(portal)).isEqualTo(1);
    }

    @Test
    void withTheNewsroomOutOfReachNothingIsDeliveredUntilItIsBack() throws Exception {
        PortalServer portal = keep(new PortalServer(0, SyncFixture.TOKEN));
        SyncFixture a = workstation("a", portal);
        a.worker.useClaims(keep(new NewsroomDeliveryClaims(
                () -> ServerLibrary.connect("jdbc:postgresql://127.0.0.1:1/newsroom", "nobody", null),
                a.store, NewsroomDeliveryClaims.LEASE)));
        assertThat(a.worker.deliverDue()).isEqualTo(new PassSummary(0, 1, 0));
        assertThat(a.store.outbox().list()).singleElement().satisfies(e -> {
            assertThat(e.state()).isEqualTo(DeliveryState.FAILED);
            assertThat(DeliveryProblem.describe(e.lastError(), WebDavTargetTest.ENGLISH)).contains("newsroom server");
        });
        assertThat(portal.requests()).isZero();
    }

    private static PassSummary pass(SyncFixture f) {
        try {
            return f.worker.deliverDue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
