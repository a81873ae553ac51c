package org.newsdesk.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Rejection;

/**
 * Where one story's newest published revision stands at its targets, for the library's badge.
 *
 * @param revision the newest revision queued for any target
 * @param summary  what the editor should hear first
 * @param waiting  entries of that revision still on their way (pending, sending, or failed and retrying)
 * @param entries  that revision's entries, one per target, by target name
 */
public record StoryDelivery(int revision, Summary summary, int waiting, List<OutboxEntry> entries) {

    /** The badge: the state that most needs the editor comes first. */
    public enum Summary {
        /** The portal holds a newer revision (409): the editor must decide. */
        CONFLICT,
        /** Refused for good for another reason: the editor must act. */
        REJECTED,
        /** Still on its way (perhaps retrying after a failure); nothing to do. */
        WAITING,
        /** Held in the outbox until its publish time or embargo; the editor may cancel it. */
        SCHEDULED,
        /** Every target confirmed it. */
        DELIVERED,
        /** Every entry was taken out of the outbox. */
        CANCELLED
    }

    public StoryDelivery {
        entries = List.copyOf(entries);
    }

    /** When the first of its scheduled entries is released, if any is scheduled. */
    public java.util.Optional<java.time.Instant> scheduledFor() {
        return entries.stream().filter(e -> e.state() == DeliveryState.SCHEDULED).map(OutboxEntry::nextAttemptAt)
                .min(java.util.Comparator.naturalOrder());
    }

    /** Each queued story's delivery, from the outbox's entries (in any order). Stories never queued are absent. */
    public static Map<UUID, StoryDelivery> of(List<OutboxEntry> outbox) {
        Map<UUID, Integer> newest = new HashMap<>();
        for (OutboxEntry e : outbox) {
            newest.merge(e.storyId(), e.revision(), Math::max);
        }
        Map<UUID, List<OutboxEntry>> byStory = new LinkedHashMap<>();
        for (OutboxEntry e : outbox) {
            if (e.revision() == newest.get(e.storyId())) {
                byStory.computeIfAbsent(e.storyId(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<UUID, StoryDelivery> result = new HashMap<>();
        byStory.forEach((story, entries) -> result.put(story, summarise(newest.get(story), entries)));
        return result;
    }

    private static StoryDelivery summarise(int revision, List<OutboxEntry> entries) {
        // a target published to twice with the same revision (a changed bundle) counts once: its newest entry
        Map<String, OutboxEntry> byTarget = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparingLong(OutboxEntry::id)).forEach(e -> byTarget.put(e.target(), e));
        List<OutboxEntry> latest = byTarget.values().stream().sorted(Comparator.comparing(OutboxEntry::target)).toList();
        int waiting = (int) latest.stream().filter(e -> e.state().open()).count();
        Summary summary;
        if (latest.stream().anyMatch(e -> e.state() == DeliveryState.REJECTED && e.rejection() == Rejection.CONFLICT)) {
            summary = Summary.CONFLICT;
        } else if (latest.stream().anyMatch(e -> e.state() == DeliveryState.REJECTED)) {
            summary = Summary.REJECTED;
        } else if (waiting > 0 && latest.stream().filter(e -> e.state().open())
                .allMatch(e -> e.state() == DeliveryState.SCHEDULED)) {
            summary = Summary.SCHEDULED;
        } else if (waiting > 0) {
            summary = Summary.WAITING;
        } else if (latest.stream().anyMatch(e -> e.state() == DeliveryState.DELIVERED)) {
            summary = Summary.DELIVERED;
        } else {
            summary = Summary.CANCELLED;
        }
        return new StoryDelivery(revision, summary, waiting, latest);
    }
}
