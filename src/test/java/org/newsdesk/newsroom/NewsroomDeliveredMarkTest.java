package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.sync.DeliveryOutcome;
import org.newsdesk.sync.DeliveryReceipt;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A revision uploaded to the portal whose "delivered" mark could not reach the server (the
 * connection cut by a {@link TcpProxy} right after the upload): the mark is kept in the data
 * folder and sent before the next claim, even after a restart, so no other workstation
 * delivers the revision again when the claim's lease runs out.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomDeliveredMarkTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
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

    private static OutboxEntry entry(UUID story, int revision, long id) {
        Instant t = Instant.parse("2026-12-02T08:00:00Z");
        return new OutboxEntry(id, story, revision, "sha" + id, "portal", "slug", "headline", DeliveryState.SENDING, 1,
                null, null, t, t, t, null);
    }

    /** A story with one revision kept in {@code store}; its id. */
    private static UUID revised(Store store, String headline) {
        UUID id = store.stories().create(Metadata.withHeadline(headline), List.of(),
                List.of(Paragraph.narration("码头的灯亮了。"))).id();
        store.stories().saveRevision(id, store.stories().get(id).version(), "王编辑");
        return id;
    }

    @Test
    void aDeliveredMarkThatFailedIsSentLaterAndTheRevisionIsNotDeliveredTwice() throws Exception {
        String url = postgres.newNewsroomDatabase();
        TcpProxy proxy = keep(new TcpProxy(postgres.port()));
        Duration lease = Duration.ofMillis(300);
        Store a = keep(TestStores.fresh(folders.resolve("a")));
        Store b = keep(TestStores.fresh(folders.resolve("b")));
        a.newsroom().bodies().keepAll(true); // merging whole stories: every body kept offline (bodies on demand: NewsroomBodiesTest)
        b.newsroom().bodies().keepAll(true);
        NewsroomDeliveryClaims claimsA = keep(new NewsroomDeliveryClaims(
                () -> ServerLibrary.connect(proxy.via(url), null, null), a, lease));
        NewsroomDeliveryClaims claimsB = keep(new NewsroomDeliveryClaims(
                () -> ServerLibrary.connect(url, null, null), b, lease));
        UUID story = revised(a, "夜航船");
        try (ServerLibrary server = ServerLibrary.connect(url, null, null)) {
            new NewsroomSync(a, server, "a").syncOnce();
            new NewsroomSync(b, server, "b").syncOnce(); // b has the story and a's revision 1
        }
        assertThat(b.stories().revisions(story)).singleElement().satisfies(r -> assertThat(r.number()).isEqualTo(1));

        assertThat(claimsA.claim(entry(story, 1, 1))).as("a claims the revision").isNull();
        proxy.cut(); // the upload went through, then the server is out of reach
        claimsA.finished(entry(story, 1, 1), new DeliveryOutcome.Delivered(DeliveryReceipt.of(DeliveryReceipt.Code.HTTP_ACCEPTED, 201)));
        assertThat(claimsA.owed()).hasSize(1);
        proxy.restore();

        // a restarts (a new claims object on the same data folder) and delivers something else
        claimsA.close();
        NewsroomDeliveryClaims again = keep(new NewsroomDeliveryClaims(
                () -> ServerLibrary.connect(proxy.via(url), null, null), a, lease));
        UUID other = revised(a, "早班车");
        assertThat(again.claim(entry(other, 1, 2))).isNull();
        assertThat(again.owed()).as("the owed mark went with the next claim").isEmpty();

        waitUntilLapsed(url, story, lease); // a's first claim would have lapsed by now
        assertThat(claimsB.claim(entry(story, 1, 7))).as("b is told it was delivered, and sends nothing")
                .isInstanceOf(DeliveryOutcome.Delivered.class);
    }

    /** Waits until the server's own clock says the story's claim is older than the lease. */
    private static void waitUntilLapsed(String url, UUID story, Duration lease) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement q = c.prepareStatement("select count(*) from outbox_claim where story_id = ?"
                     + " and claimed_at < now() - cast(? as interval)")) {
            q.setObject(1, story);
            q.setString(2, lease.toMillis() + " milliseconds");
            // each query is its own transaction, so now() moves on between them
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    return r.getInt(1) == 1;
                }
            });
        }
    }
}
