package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.store.Store;
import org.newsdesk.store.server.ServerLibrary;
import org.newsdesk.sync.DeliveryOutcome;

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

    private static OutboxEntry entry(UUID story, long id) {
        Instant t = Instant.parse("2026-12-02T08:00:00Z");
        return new OutboxEntry(id, story, 3, "sha" + id, "portal", "slug", "headline", DeliveryState.SENDING, 1,
                null, null, t, t, t, null);
    }

    @Test
    void aDeliveredMarkThatFailedIsSentLaterAndTheRevisionIsNotDeliveredTwice() throws Exception {
        String url = postgres.newDatabase();
        ServerLibrary.migrate(url, null, null);
        TcpProxy proxy = keep(new TcpProxy(postgres.port()));
        Duration lease = Duration.ofMillis(300);
        Store a = keep(Store.open(folders.resolve("a")));
        Store b = keep(Store.open(folders.resolve("b")));
        a.newsroom().bodies().keepAll(true); // merging whole stories: every body kept offline (bodies on demand: NewsroomBodiesTest)
        b.newsroom().bodies().keepAll(true);
        NewsroomDeliveryClaims claimsA = keep(new NewsroomDeliveryClaims(
                () -> ServerLibrary.connect(proxy.via(url), null, null), a.appState(), lease));
        NewsroomDeliveryClaims claimsB = keep(new NewsroomDeliveryClaims(
                () -> ServerLibrary.connect(url, null, null), b.appState(), lease));
        UUID story = UUID.randomUUID();

        assertThat(claimsA.claim(entry(story, 1))).as("a claims the revision").isNull();
        proxy.cut(); // the upload went through, then the server is out of reach
        claimsA.finished(entry(story, 1), new DeliveryOutcome.Delivered("portal answered 201"));
        assertThat(claimsA.owed()).hasSize(1);
        proxy.restore();

        // a restarts (a new claims object on the same data folder) and delivers something else
        claimsA.close();
        NewsroomDeliveryClaims again = keep(new NewsroomDeliveryClaims(
                () -> ServerLibrary.connect(proxy.via(url), null, null), a.appState(), lease));
        assertThat(again.claim(entry(UUID.randomUUID(), 2))).isNull();
        assertThat(again.owed()).as("the owed mark went with the next claim").isEmpty();

        Thread.sleep(lease.toMillis() * 2); // a's first claim would have lapsed by now
        assertThat(claimsB.claim(entry(story, 7))).as("b is told it was delivered, and sends nothing")
                .isInstanceOf(DeliveryOutcome.Delivered.class);
    }
}
