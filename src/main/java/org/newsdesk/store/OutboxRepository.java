package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.OUTBOX;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.newsdesk.model.DeliveryState;
import org.newsdesk.model.OutboxEntry;
import org.newsdesk.model.Rejection;
import org.newsdesk.store.jooq.tables.records.OutboxRecord;

/**
 * The outbox: exported bundles queued for delivery, one row per bundle and target. Every
 * change of state is one transaction on the store's writer; a state only moves on from the
 * state the caller expects, so a cancel and a finished attempt cannot overwrite each other.
 */
public final class OutboxRepository {

    private static final int ERROR_LENGTH = 2000;
    private static final List<String> DUE = List.of(DeliveryState.PENDING.name(), DeliveryState.FAILED.name());
    private static final List<String> DUE_OR_SCHEDULED = List.of(DeliveryState.PENDING.name(),
            DeliveryState.FAILED.name(), DeliveryState.SCHEDULED.name());

    private final Transactions tx;
    private final Clock clock;

    OutboxRepository(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Queues a bundle for a target. The same bundle queued again for the same target is the
     * same entry: still waiting or delivered, it is left as it is; refused or cancelled, it is
     * queued afresh (the editor published again on purpose).
     */
    public OutboxEntry enqueue(UUID storyId, int revision, String sha256, String target, String slug, String headline) {
        return enqueue(storyId, revision, sha256, target, slug, headline, "");
    }

    /** As above, recording who queued it ({@code by}) on a new entry or one queued again. */
    public OutboxEntry enqueue(UUID storyId, int revision, String sha256, String target, String slug, String headline,
                               String by) {
        return enqueue(storyId, revision, sha256, target, slug, headline, by, null, null);
    }

    /**
     * As above, held until {@code releaseAt} and never sent before {@code embargoUntil}: when
     * either lies in the future the entry is SCHEDULED (due at the later of the two), else PENDING.
     * Both may be {@code null}.
     */
    public OutboxEntry enqueue(UUID storyId, int revision, String sha256, String target, String slug, String headline,
                               String by, Instant releaseAt, Instant embargoUntil) {
        String who = by == null ? "" : by.strip();
        return tx.write(t -> {
            OffsetDateTime now = now();
            OutboxRecord row = t.selectFrom(OUTBOX).where(OUTBOX.STORY_ID.eq(storyId), OUTBOX.REVISION.eq(revision),
                    OUTBOX.SHA256.eq(sha256), OUTBOX.TARGET.eq(target)).forUpdate().fetchOne();
            if (row == null) {
                row = t.newRecord(OUTBOX);
                row.setStoryId(storyId);
                row.setRevision(revision);
                row.setSha256(sha256);
                row.setTarget(target);
                row.setSlug(slug);
                row.setHeadline(headline.length() > 200 ? headline.substring(0, 200) : headline);
                row.setAttempts(0);
                row.setCreatedAt(now);
                row.setQueuedBy(who);
                schedule(row, now, releaseAt, embargoUntil);
                requeue(row, now);
                row.store();
            } else if (!DeliveryState.valueOf(row.getState()).open()
                    && !DeliveryState.DELIVERED.name().equals(row.getState())) {
                schedule(row, now, releaseAt, embargoUntil);
                requeue(row, now);
                row.setQueuedBy(who);
                row.store();
            }
            return entry(row);
        });
    }

    /**
     * Takes up to {@code limit} entries that are due by {@code dueBy} (pending, or failed with
     * their next attempt time no later), oldest first, and marks them SENDING with one more attempt.
     */
    public List<OutboxEntry> claimDue(int limit, Instant dueBy) {
        return tx.write(t -> {
            OffsetDateTime now = now();
            List<OutboxRecord> rows = t.selectFrom(OUTBOX)
                    .where(OUTBOX.STATE.in(DUE), OUTBOX.NEXT_ATTEMPT_AT.le(OffsetDateTime.ofInstant(dueBy, ZoneOffset.UTC)),
                            notEmbargoed(dueBy))
                    .orderBy(OUTBOX.NEXT_ATTEMPT_AT, OUTBOX.ID).limit(limit).forUpdate().fetch();
            List<OutboxEntry> claimed = new ArrayList<>(rows.size());
            for (OutboxRecord row : rows) {
                row.setState(DeliveryState.SENDING.name());
                row.setAttempts(row.getAttempts() + 1);
                row.setUpdatedAt(now);
                row.store();
                claimed.add(entry(row));
            }
            return claimed;
        });
    }

    /**
     * Records the outcomes of several attempts in one transaction. A confirmation is recorded
     * even if the editor cancelled meanwhile (the bundle is there); a failure or refusal only
     * while the entry is still SENDING, so it never undoes a cancel.
     *
     * @return the entries as stored now, of those whose state changed
     */
    public List<OutboxEntry> record(List<OutboxOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return List.of();
        }
        return tx.write(t -> {
            OffsetDateTime now = now();
            List<Long> changed = new ArrayList<>(outcomes.size());
            for (OutboxOutcome o : outcomes) {
                int n = switch (o.state()) {
                    case DELIVERED -> t.update(OUTBOX).set(OUTBOX.STATE, DeliveryState.DELIVERED.name())
                            .set(OUTBOX.LAST_ERROR, (String) null).set(OUTBOX.REJECT_REASON, (String) null)
                            .set(OUTBOX.DELIVERED_AT, now).set(OUTBOX.UPDATED_AT, now)
                            .where(OUTBOX.ID.eq(o.entryId()),
                                    OUTBOX.STATE.in(DeliveryState.SENDING.name(), DeliveryState.CANCELLED.name()))
                            .execute();
                    case FAILED -> t.update(OUTBOX).set(OUTBOX.STATE, DeliveryState.FAILED.name())
                            .set(OUTBOX.LAST_ERROR, clip(o.error()))
                            .set(OUTBOX.NEXT_ATTEMPT_AT, OffsetDateTime.ofInstant(o.nextAttempt(), ZoneOffset.UTC))
                            .set(OUTBOX.UPDATED_AT, now)
                            .where(OUTBOX.ID.eq(o.entryId()), OUTBOX.STATE.eq(DeliveryState.SENDING.name())).execute();
                    case REJECTED -> t.update(OUTBOX).set(OUTBOX.STATE, DeliveryState.REJECTED.name())
                            .set(OUTBOX.REJECT_REASON, o.rejection().name()).set(OUTBOX.LAST_ERROR, clip(o.error()))
                            .set(OUTBOX.UPDATED_AT, now)
                            .where(OUTBOX.ID.eq(o.entryId()), OUTBOX.STATE.eq(DeliveryState.SENDING.name())).execute();
                    default -> throw new IllegalArgumentException("not an outcome: " + o.state());
                };
                if (n > 0) {
                    changed.add(o.entryId());
                }
            }
            return changed.isEmpty() ? List.<OutboxEntry>of()
                    : t.selectFrom(OUTBOX).where(OUTBOX.ID.in(changed)).orderBy(OUTBOX.ID).fetch(OutboxRepository::entry);
        });
    }

    /** The target confirmed the bundle (see {@link #record}). */
    public Optional<OutboxEntry> delivered(long id) {
        return record(List.of(OutboxOutcome.delivered(id))).stream().findFirst();
    }

    /** The attempt failed for a reason that may pass; try again at {@code nextAttempt}. */
    public Optional<OutboxEntry> failed(long id, String error, Instant nextAttempt) {
        return record(List.of(OutboxOutcome.failed(id, error, nextAttempt))).stream().findFirst();
    }

    /** The target refused the bundle for good; it waits for the editor. */
    public Optional<OutboxEntry> rejected(long id, Rejection rejection, String message) {
        return record(List.of(OutboxOutcome.rejected(id, rejection, message))).stream().findFirst();
    }

    /**
     * Entries left SENDING by a run that ended mid-upload go back to the queue, due now. Safe:
     * the target recognises a resent bundle by its idempotency key.
     *
     * @return how many were put back
     */
    public int requeueInterrupted() {
        return tx.write(t -> t.update(OUTBOX).set(OUTBOX.STATE, DeliveryState.PENDING.name())
                .set(OUTBOX.NEXT_ATTEMPT_AT, now()).set(OUTBOX.UPDATED_AT, now())
                .where(OUTBOX.STATE.eq(DeliveryState.SENDING.name())).execute());
    }

    /**
     * Scheduled entries whose release time has come by {@code now} (and whose embargo has
     * passed) become PENDING, due at once.
     *
     * @return the entries released, as stored now
     */
    public List<OutboxEntry> releaseDue(Instant now) {
        return tx.write(t -> {
            OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            List<OutboxRecord> rows = t.selectFrom(OUTBOX).where(OUTBOX.STATE.eq(DeliveryState.SCHEDULED.name()),
                    OUTBOX.NEXT_ATTEMPT_AT.le(at), notEmbargoed(now)).orderBy(OUTBOX.ID).forUpdate().fetch();
            List<OutboxEntry> released = new ArrayList<>(rows.size());
            for (OutboxRecord row : rows) {
                row.setState(DeliveryState.PENDING.name());
                row.setNextAttemptAt(at);
                row.setUpdatedAt(now());
                row.store();
                released.add(entry(row));
            }
            return released;
        });
    }

    /** Who queued the entry ("" when not recorded), or empty when there is no such entry. */
    public Optional<String> queuedBy(long id) {
        return tx.read(t -> t.select(OUTBOX.QUEUED_BY).from(OUTBOX).where(OUTBOX.ID.eq(id)).fetchOptional(r -> r.value1()));
    }

    /**
     * "Retry now": a failed, refused or cancelled entry is due at once — or, when its release
     * time or embargo is still ahead, SCHEDULED again for then.
     */
    public Optional<OutboxEntry> retryNow(long id) {
        return tx.write(t -> {
            OutboxRecord row = t.selectFrom(OUTBOX).where(OUTBOX.ID.eq(id)).forUpdate().fetchOne();
            if (row == null || DeliveryState.valueOf(row.getState()) == DeliveryState.DELIVERED
                    || DeliveryState.valueOf(row.getState()) == DeliveryState.SENDING) {
                return Optional.empty();
            }
            requeue(row, now());
            row.store();
            return Optional.of(entry(row));
        });
    }

    /** Takes an entry that is not delivered out of the queue. */
    public Optional<OutboxEntry> cancel(long id) {
        return tx.write(t -> {
            int n = t.update(OUTBOX).set(OUTBOX.STATE, DeliveryState.CANCELLED.name()).set(OUTBOX.UPDATED_AT, now())
                    .where(OUTBOX.ID.eq(id), OUTBOX.STATE.notIn(DeliveryState.DELIVERED.name(),
                            DeliveryState.CANCELLED.name())).execute();
            return n == 0 ? Optional.empty() : Optional.of(fetch(t, id));
        });
    }

    public Optional<OutboxEntry> find(long id) {
        return tx.read(t -> t.selectFrom(OUTBOX).where(OUTBOX.ID.eq(id)).fetchOptional().map(OutboxRepository::entry));
    }

    /** Every entry, newest first. */
    /** Who sent which revision of the story where, and when it was queued; oldest first. */
    public List<Publication> publications(UUID storyId) {
        return tx.read(t -> t.selectFrom(OUTBOX).where(OUTBOX.STORY_ID.eq(storyId)).orderBy(OUTBOX.ID)
                .fetch(r -> new Publication(r.getRevision(), r.getTarget(), r.getQueuedBy(), r.getCreatedAt().toInstant(),
                        DeliveryState.valueOf(r.getState()))));
    }

    public List<OutboxEntry> list() {
        return tx.read(t -> t.selectFrom(OUTBOX).orderBy(OUTBOX.ID.desc()).fetch(OutboxRepository::entry));
    }

    /** When the next waiting or scheduled entry falls due, if any is waiting. */
    public Optional<Instant> nextDue() {
        return tx.read(t -> Optional.ofNullable(t.select(org.jooq.impl.DSL.min(org.jooq.impl.DSL.greatest(
                        OUTBOX.NEXT_ATTEMPT_AT, org.jooq.impl.DSL.coalesce(OUTBOX.EMBARGO_UNTIL, OUTBOX.NEXT_ATTEMPT_AT))))
                .from(OUTBOX).where(OUTBOX.STATE.in(DUE_OR_SCHEDULED)).fetchOne().value1()).map(OffsetDateTime::toInstant));
    }

    public OutboxCounts counts() {
        return tx.read(t -> {
            Map<String, Integer> byState = new HashMap<>();
            t.select(OUTBOX.STATE, org.jooq.impl.DSL.count()).from(OUTBOX).groupBy(OUTBOX.STATE)
                    .forEach(r -> byState.put(r.value1(), r.value2()));
            int failed = byState.getOrDefault(DeliveryState.FAILED.name(), 0);
            int waiting = failed + byState.getOrDefault(DeliveryState.PENDING.name(), 0)
                    + byState.getOrDefault(DeliveryState.SENDING.name(), 0);
            return new OutboxCounts(waiting, failed, byState.getOrDefault(DeliveryState.REJECTED.name(), 0));
        });
    }

    /**
     * Each story's delivery state for the library: over the entries of its newest queued
     * revision, the one that most needs the editor (refused, then failed, then on its way,
     * then delivered, then cancelled). Stories never queued are absent.
     */
    public Map<UUID, DeliveryState> storyStates() {
        return tx.read(t -> {
            Map<UUID, Integer> newest = new HashMap<>();
            Map<UUID, DeliveryState> states = new HashMap<>();
            for (var r : t.select(OUTBOX.STORY_ID, OUTBOX.REVISION, OUTBOX.STATE).from(OUTBOX).fetch()) {
                UUID story = r.value1();
                int revision = r.value2();
                DeliveryState state = DeliveryState.valueOf(r.value3());
                Integer seen = newest.get(story);
                if (seen == null || revision > seen) {
                    newest.put(story, revision);
                    states.put(story, state);
                } else if (revision == seen && urgency(state) > urgency(states.get(story))) {
                    states.put(story, state);
                }
            }
            return states;
        });
    }

    private static int urgency(DeliveryState state) {
        return switch (state) {
            case REJECTED -> 5;
            case FAILED -> 4;
            case SENDING, PENDING -> 3;
            case SCHEDULED -> 2;
            case DELIVERED -> 2;
            case CANCELLED -> 1;
        };
    }

    /**
     * Back in the queue: due now, or SCHEDULED for its release time or embargo when one of them
     * is still ahead (a cancelled scheduled publish queued again waits for its time as before).
     */
    private static void requeue(OutboxRecord row, OffsetDateTime now) {
        OffsetDateTime hold = later(row.getReleaseAt(), row.getEmbargoUntil());
        boolean held = hold != null && hold.isAfter(now);
        row.setState((held ? DeliveryState.SCHEDULED : DeliveryState.PENDING).name());
        row.setRejectReason(null);
        row.setNextAttemptAt(held ? hold : now);
        row.setUpdatedAt(now);
    }

    /** Records a publish's release time (only when still ahead at {@code now}) and embargo on the row. */
    private static void schedule(OutboxRecord row, OffsetDateTime now, Instant releaseAt, Instant embargoUntil) {
        OffsetDateTime release = releaseAt == null ? null : OffsetDateTime.ofInstant(releaseAt, ZoneOffset.UTC);
        row.setReleaseAt(release != null && release.isAfter(now) ? release : null);
        row.setEmbargoUntil(embargoUntil == null ? null : OffsetDateTime.ofInstant(embargoUntil, ZoneOffset.UTC));
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** No attempt before the embargo, whatever the state (defence in depth for every target kind). */
    private static org.jooq.Condition notEmbargoed(Instant at) {
        return OUTBOX.EMBARGO_UNTIL.isNull().or(OUTBOX.EMBARGO_UNTIL.le(OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    private static OutboxEntry fetch(DSLContext t, long id) {
        return entry(t.selectFrom(OUTBOX).where(OUTBOX.ID.eq(id)).fetchOne());
    }

    private static String clip(String text) {
        if (text == null) {
            return null;
        }
        String line = text.replaceAll("\\p{Cntrl}", " ");
        return line.length() > ERROR_LENGTH ? line.substring(0, ERROR_LENGTH) : line;
    }

    private static OutboxEntry entry(OutboxRecord r) {
        return new OutboxEntry(r.getId(), r.getStoryId(), r.getRevision(), r.getSha256(), r.getTarget(), r.getSlug(),
                r.getHeadline(), DeliveryState.valueOf(r.getState()), r.getAttempts(), r.getLastError(),
                r.getRejectReason() == null ? null : Rejection.valueOf(r.getRejectReason()),
                instant(r.getNextAttemptAt()), instant(r.getCreatedAt()), instant(r.getUpdatedAt()),
                instant(r.getDeliveredAt()), instant(r.getReleaseAt()), instant(r.getEmbargoUntil()));
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
