package org.newsdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Rejection;
import org.newsdesk.sync.StoryDelivery.Summary;

/** The library's badge: the newest revision counts, and the state that most needs the editor wins. */
class StoryDeliveryTest {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");
    private long ids;

    private OutboxEntry entry(UUID story, int revision, String target, DeliveryState state, Rejection rejection) {
        Instant t = Instant.parse("2026-11-24T08:00:00Z");
        return new OutboxEntry(++ids, story, revision, "sha" + ids, target, "slug", "headline", state, 1,
                state == DeliveryState.FAILED ? "connection refused" : null, rejection, t, t, t, null);
    }

    @Test
    void theNewestRevisionDecidesAndTheMostUrgentStateWins() {
        Map<UUID, StoryDelivery> states = StoryDelivery.of(List.of(
                entry(A, 1, "portal", DeliveryState.REJECTED, Rejection.REFUSED),
                entry(A, 2, "portal", DeliveryState.DELIVERED, null),
                entry(A, 2, "share", DeliveryState.FAILED, null),
                entry(A, 2, "dav", DeliveryState.PENDING, null),
                entry(B, 3, "portal", DeliveryState.REJECTED, Rejection.CONFLICT),
                entry(B, 3, "share", DeliveryState.REJECTED, Rejection.CREDENTIALS),
                entry(C, 1, "portal", DeliveryState.DELIVERED, null),
                entry(C, 1, "share", DeliveryState.CANCELLED, null)));

        assertThat(states.get(A).summary()).isEqualTo(Summary.WAITING);
        assertThat(states.get(A).waiting()).isEqualTo(2);
        assertThat(states.get(A).revision()).isEqualTo(2);
        assertThat(states.get(A).entries()).extracting(OutboxEntry::target).containsExactly("dav", "portal", "share");
        assertThat(states.get(B).summary()).isEqualTo(Summary.CONFLICT);
        assertThat(states.get(C).summary()).isEqualTo(Summary.DELIVERED);
        assertThat(states).doesNotContainKey(UUID.randomUUID());
    }

    @Test
    void aRefusalOutranksWaitingAndOnlyCancelledEntriesSayCancelled() {
        Map<UUID, StoryDelivery> states = StoryDelivery.of(List.of(
                entry(A, 1, "portal", DeliveryState.REJECTED, Rejection.REFUSED),
                entry(A, 1, "share", DeliveryState.SENDING, null),
                entry(B, 1, "portal", DeliveryState.CANCELLED, null)));

        assertThat(states.get(A).summary()).isEqualTo(Summary.REJECTED);
        assertThat(states.get(A).waiting()).isEqualTo(1);
        assertThat(states.get(B).summary()).isEqualTo(Summary.CANCELLED);
        assertThat(StoryDelivery.of(List.of())).isEmpty();
    }
}
