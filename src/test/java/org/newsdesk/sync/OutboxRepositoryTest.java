package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Rejection;
import org.newsdesk.store.OutboxCounts;
import org.newsdesk.store.OutboxRepository;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/** The outbox table in a real H2 file, migrated by the real scripts. */
class OutboxRepositoryTest {

    private static final String SHA = "a".repeat(64);

    @TempDir
    Path dir;

    private Store store;
    private OutboxRepository outbox;
    private final UUID story = UUID.randomUUID();

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        outbox = store.outbox();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private OutboxEntry enqueue(String target) {
        return outbox.enqueue(story, 2, SHA, target, "story-x", "市科委副主任做客政務網");
    }

    @Test
    void theSameBundleQueuedTwiceForATargetIsOneEntry() {
        OutboxEntry first = enqueue("portal");
        OutboxEntry again = enqueue("portal");
        OutboxEntry other = enqueue("share");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(outbox.list()).hasSize(2);
        assertThat(first.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(first.headline()).isEqualTo("市科委副主任做客政務網");
    }

    @Test
    void aDeliveredEntryIsNeverClaimedAgainNorQueuedAgain() {
        OutboxEntry entry = enqueue("portal");
        assertThat(outbox.claimDue(10, Instant.now())).extracting(OutboxEntry::id).containsExactly(entry.id());
        outbox.delivered(entry.id());

        OutboxEntry requeued = enqueue("portal");

        assertThat(requeued.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(outbox.claimDue(10, Instant.now().plusSeconds(3600))).isEmpty();
        assertThat(outbox.retryNow(entry.id())).isEmpty();
        assertThat(outbox.requeueInterrupted()).isZero();
        assertThat(outbox.find(entry.id()).orElseThrow().deliveredAt()).isNotNull();
    }

    @Test
    void claimingCountsTheAttemptAndFailedEntriesWaitForTheirTime() {
        OutboxEntry entry = enqueue("portal");
        OutboxEntry claimed = outbox.claimDue(10, Instant.now()).get(0);
        assertThat(claimed.state()).isEqualTo(DeliveryState.SENDING);
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(outbox.claimDue(10, Instant.now())).as("a SENDING entry is not claimed twice").isEmpty();

        Instant later = Instant.now().plusSeconds(60);
        OutboxEntry failed = outbox.failed(entry.id(), "HTTP 503: busy", later).orElseThrow();

        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.lastError()).isEqualTo("HTTP 503: busy");
        assertThat(outbox.claimDue(10, Instant.now())).isEmpty();
        assertThat(outbox.nextDue()).contains(failed.nextAttemptAt());
        assertThat(outbox.claimDue(10, later)).extracting(OutboxEntry::attempts).containsExactly(2);
    }

    @Test
    void entriesLeftSendingByAKilledRunGoBackToTheQueue() {
        OutboxEntry entry = enqueue("portal");
        outbox.claimDue(10, Instant.now());
        store.close();
        store = TestStores.fresh(dir);
        outbox = store.outbox();

        assertThat(outbox.requeueInterrupted()).isEqualTo(1);

        assertThat(outbox.find(entry.id()).orElseThrow().state()).isEqualTo(DeliveryState.PENDING);
        assertThat(outbox.claimDue(10, Instant.now())).hasSize(1);
    }

    @Test
    void aRejectedEntryWaitsForTheEditorAndRetryNowQueuesItAgain() {
        OutboxEntry entry = enqueue("portal");
        outbox.claimDue(10, Instant.now());
        OutboxEntry rejected = outbox.rejected(entry.id(), Rejection.CREDENTIALS, "HTTP 401: token refused").orElseThrow();
        assertThat(rejected.rejection()).isEqualTo(Rejection.CREDENTIALS);
        assertThat(outbox.claimDue(10, Instant.now().plusSeconds(86_400))).isEmpty();
        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(0, 0, 1));

        OutboxEntry retried = outbox.retryNow(entry.id()).orElseThrow();

        assertThat(retried.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(retried.rejection()).isNull();
        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(1, 0, 0));
    }

    @Test
    void aCancelledEntryIsNotSentButAConfirmationArrivingAfterwardsIsRecorded() {
        OutboxEntry waiting = enqueue("portal");
        OutboxEntry sending = enqueue("share");
        outbox.claimDue(1, Instant.now());

        assertThat(outbox.cancel(waiting.id()).orElseThrow().state()).isEqualTo(DeliveryState.CANCELLED);
        assertThat(outbox.cancel(sending.id())).isPresent();
        assertThat(outbox.failed(sending.id(), "reset", Instant.now())).as("a late failure does not undo the cancel").isEmpty();
        assertThat(outbox.claimDue(10, Instant.now())).isEmpty();
        assertThat(outbox.cancel(waiting.id())).isEmpty();
    }

    @Test
    void theLibrarySeesTheStateThatMostNeedsTheEditorForTheNewestRevision() {
        OutboxEntry old = outbox.enqueue(story, 1, SHA, "portal", "s", "h");
        outbox.claimDue(10, Instant.now());
        outbox.rejected(old.id(), Rejection.CONFLICT, "HTTP 409");
        OutboxEntry portal = outbox.enqueue(story, 2, "b".repeat(64), "portal", "s", "h");
        outbox.enqueue(story, 2, "b".repeat(64), "share", "s", "h");
        UUID other = UUID.randomUUID();
        OutboxEntry done = outbox.enqueue(other, 1, SHA, "portal", "t", "h");

        outbox.claimDue(10, Instant.now());
        outbox.delivered(portal.id());
        outbox.delivered(done.id());

        assertThat(store.outbox().storyStates())
                .containsEntry(story, DeliveryState.SENDING)
                .containsEntry(other, DeliveryState.DELIVERED)
                .hasSize(2);
    }
}
