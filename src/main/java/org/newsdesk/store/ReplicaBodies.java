package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.NEWSROOM_BASE;
import static org.newsdesk.store.jooq.Tables.NEWSROOM_CONFLICT;
import static org.newsdesk.store.jooq.Tables.NEWSROOM_KEEP;
import static org.newsdesk.store.jooq.Tables.NEWSROOM_LISTED;
import static org.newsdesk.store.jooq.Tables.OUTBOX;
import static org.newsdesk.store.jooq.Tables.PARAGRAPH;
import static org.newsdesk.store.jooq.Tables.SPEAKER;
import static org.newsdesk.store.jooq.Tables.STORY;
import static org.newsdesk.store.jooq.Tables.STORY_REVISION;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jooq.impl.DSL;
import org.newsdesk.model.Story;
import org.newsdesk.store.jooq.tables.records.StoryRecord;

/**
 * Which newsroom stories have their body here. Joining copies every story's metadata (a
 * <em>listed</em> story: a row of the narrow listed table, {@link ListedStories}, with the
 * server's metadata and version; once written here, kept offline or given a revision, a story
 * row without paragraphs or roster whose base has no snapshot); the body is fetched when the
 * story is opened, or at once for stories kept offline (one by one, or every story). A listed
 * story never typed into has nothing to merge: a pull just replaces its metadata.
 */
public final class ReplicaBodies {

    /** Where a story's body is. Stories absent here have no state. */
    public enum State {
        /** The body is here (fetched, pulled with it, or written here and never synced). */
        HERE,
        /** Only the metadata is here, exactly as the server had it at the base's version. */
        LISTED,
        /** Only the metadata is here, and it was changed here since (a trash move, a status move). */
        LISTED_CHANGED
    }

    /** How many newsroom stories are here with their body, and how many only listed. */
    public record Counts(long withBody, long listed) {
    }

    /** App-state key: "true" when every story's body is kept offline. */
    static final String KEEP_ALL = "newsroom.keepAllOffline";

    private final Transactions tx;
    private final Clock clock;
    private final BodyHolds holds = new BodyHolds();

    ReplicaBodies(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** The state of each of {@code ids} that is here. */
    public Map<UUID, State> states(Collection<UUID> ids) {
        return states(ids, true, true);
    }

    /**
     * The states of the stories of one pull, chunk by chunk ({@link #states}). A table that had
     * no rows when the pull began is not asked again: nothing but the pull writes listed rows,
     * and the chunks of one pull never share a story, so none of its stories can be in that
     * table by the time a later chunk is looked up (stories made here meanwhile have ids of
     * their own). A first join into a fresh data folder looks nothing up.
     */
    public Function<Collection<UUID>, Map<UUID, State>> pullStates() {
        boolean[] tablesHaveRows = tx.read(t -> new boolean[] {
                t.fetchExists(STORY), t.fetchExists(NEWSROOM_LISTED)});
        return ids -> states(ids, tablesHaveRows[0], tablesHaveRows[1]);
    }

    private Map<UUID, State> states(Collection<UUID> ids, boolean askStories, boolean askListed) {
        if (ids.isEmpty() || !askStories && !askListed) {
            return new HashMap<>();
        }
        return tx.read(t -> {
            Map<UUID, State> out = new HashMap<>();
            // one statement whatever the number of ids (a pull asks for a thousand at a time): the
            // ids travel as one array parameter, and H2 keeps the statement parsed
            t.connection(c -> {
                if (askStories) {
                    try (PreparedStatement ps = c.prepareStatement(STATES)) {
                        ps.setObject(1, ids.toArray(UUID[]::new));
                        try (ResultSet r = ps.executeQuery()) {
                            while (r.next()) {
                                UUID id = r.getObject(1, UUID.class);
                                long changeSeq = r.getLong(2);
                                boolean hasBase = r.getObject(3) != null;
                                long baseSeq = r.getLong(4);
                                boolean listed = hasBase && r.getBoolean(5);
                                out.put(id, !listed ? State.HERE
                                        : changeSeq == baseSeq ? State.LISTED : State.LISTED_CHANGED);
                            }
                        }
                    }
                }
                if (askListed && out.size() < ids.size()) {
                    try (PreparedStatement ps = c.prepareStatement(LISTED_ONLY)) {
                        ps.setObject(1, ids.stream().filter(id -> !out.containsKey(id)).toArray(UUID[]::new));
                        try (ResultSet r = ps.executeQuery()) {
                            while (r.next()) {
                                out.put(r.getObject(1, UUID.class), State.LISTED);
                            }
                        }
                    }
                }
            });
            return out;
        });
    }

    private static final String STATES = "select s.id, s.change_seq, b.story_id, b.local_change_seq, b.snapshot is null"
            + " from story s left join newsroom_base b on b.story_id = s.id where s.id = any (?)";
    private static final String LISTED_ONLY = "select id from newsroom_listed where id = any (?)";

    /** True when the story is here only as metadata (its body is on the server). */
    public boolean listed(UUID id) {
        State s = states(List.of(id)).get(id);
        return s == State.LISTED || s == State.LISTED_CHANGED;
    }

    /**
     * Replaces a listed story's metadata with the server's (a pull), if it is still at
     * {@code expectedLocalVersion} ({@link StoreException.Problem#STALE} otherwise); the base
     * moves to {@code serverVersion}, still without a body.
     */
    public void writeListed(Story metadata, String metadataJson, long expectedLocalVersion, long serverVersion,
                            boolean trashed, String changedBy) {
        tx.write(t -> {
            OffsetDateTime at = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            if (ListedStories.update(t, metadata, metadataJson, expectedLocalVersion, serverVersion, trashed, changedBy,
                    at)) {
                return null;
            }
            StoryRecord row = t.selectFrom(STORY).where(STORY.ID.eq(metadata.id())).fetchOne();
            if (row == null || row.getVersion() != expectedLocalVersion) {
                throw new StoreException(StoreException.Problem.STALE,
                        "Story " + metadata.id() + " was changed here while its metadata was pulled");
            }
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            row.setSlug(metadata.slug());
            row.setStatus(metadata.status().name());
            row.setVersion(expectedLocalVersion + 1);
            row.setUpdatedAt(now);
            row.setDeletedAt(trashed ? (row.getDeletedAt() == null ? now : row.getDeletedAt()) : null);
            StoryRows.applyMetadata(row, metadata.metadata());
            if (changedBy != null) {
                row.setContentBy(changedBy);
            }
            row.store();
            Long seq = t.select(STORY.CHANGE_SEQ).from(STORY).where(STORY.ID.eq(metadata.id())).fetchOne(STORY.CHANGE_SEQ);
            t.update(NEWSROOM_BASE).set(NEWSROOM_BASE.SERVER_VERSION, serverVersion)
                    .set(NEWSROOM_BASE.SNAPSHOT, (String) null).set(NEWSROOM_BASE.LOCAL_CHANGE_SEQ, seq)
                    .where(NEWSROOM_BASE.STORY_ID.eq(metadata.id())).execute();
            return null;
        });
    }

    /** Listed stories this workstation keeps offline (every listed story when all are kept). */
    public List<UUID> listedToKeep() {
        boolean all = keepAll();
        return tx.read(t -> {
            var query = t.select(NEWSROOM_BASE.STORY_ID).from(NEWSROOM_BASE);
            var listed = NEWSROOM_BASE.SNAPSHOT.isNull();
            if (!all) {
                // a story kept offline has its row in the story table (keeping moves it there)
                return query.join(NEWSROOM_KEEP).on(NEWSROOM_KEEP.STORY_ID.eq(NEWSROOM_BASE.STORY_ID)).where(listed)
                        .fetch(NEWSROOM_BASE.STORY_ID);
            }
            List<UUID> out = new ArrayList<>(query.where(listed).fetch(NEWSROOM_BASE.STORY_ID));
            out.addAll(t.select(NEWSROOM_LISTED.ID).from(NEWSROOM_LISTED).fetch(NEWSROOM_LISTED.ID));
            return out;
        });
    }

    /** Of {@code ids}, the ones here only as metadata. */
    public List<UUID> listedAmong(Collection<UUID> ids) {
        return tx.read(t -> {
            List<UUID> out = new ArrayList<>(t.select(NEWSROOM_BASE.STORY_ID).from(NEWSROOM_BASE)
                    .where(NEWSROOM_BASE.STORY_ID.in(ids)).and(NEWSROOM_BASE.SNAPSHOT.isNull()).fetch(NEWSROOM_BASE.STORY_ID));
            out.addAll(t.select(NEWSROOM_LISTED.ID).from(NEWSROOM_LISTED).where(NEWSROOM_LISTED.ID.in(ids))
                    .fetch(NEWSROOM_LISTED.ID));
            return out;
        });
    }

    /** Keeps a story's body offline (fetched at the next sync and kept), or stops keeping it. */
    public void keep(UUID id, boolean offline) {
        tx.write(t -> {
            if (!offline) {
                return t.deleteFrom(NEWSROOM_KEEP).where(NEWSROOM_KEEP.STORY_ID.eq(id)).execute();
            }
            ListedStories.promote(t, id); // kept stories have a story row (the keep list refers to it)
            return t.mergeInto(NEWSROOM_KEEP).using(t.selectOne()).on(NEWSROOM_KEEP.STORY_ID.eq(id))
                    .whenNotMatchedThenInsert(NEWSROOM_KEEP.STORY_ID).values(id).execute();
        });
    }

    /** The stories kept offline one by one (see {@link #keepAll} for all of them). */
    public java.util.Set<UUID> keptOnes() {
        return tx.read(t -> java.util.Set.copyOf(t.select(NEWSROOM_KEEP.STORY_ID).from(NEWSROOM_KEEP).fetch(NEWSROOM_KEEP.STORY_ID)));
    }

    public boolean kept(UUID id) {
        return tx.read(t -> t.fetchExists(NEWSROOM_KEEP, NEWSROOM_KEEP.STORY_ID.eq(id)));
    }

    /** Whether every story's body is kept offline (joins and pulls then copy bodies at once). */
    public boolean keepAll() {
        return tx.read(t -> AppStateRepository.value(t, KEEP_ALL).map(Boolean::parseBoolean).orElse(false));
    }

    public void keepAll(boolean all) {
        tx.write(t -> {
            AppStateRepository.put(t, KEEP_ALL, Boolean.toString(all));
            return null;
        });
    }

    /** The stories being opened or shown in an editor here, whose text no drop takes. */
    public BodyHolds holds() {
        return holds;
    }

    /**
     * Drops the bodies of newsroom stories whose text was last written here (fetched, pulled or
     * typed: the story's {@code updated_at}) longer than {@code age} ago, turning them back into
     * stories only listed here: the library still lists them, opening fetches the body again. Never
     * dropped: a story with anything not on the server (a change since its base, an open conflict,
     * a revision the server has not numbered, a delivery waiting in the outbox), one kept offline
     * (or every one, when all are kept), one {@link #holds() held} (being opened or shown in an
     * editor), and those in {@code spare} (assigned to this login: asked as each story comes). Each story goes in a transaction of its own that looks again, so a save
     * landing meanwhile keeps its body; its version moves on, so an editor still holding the old
     * text has its next save refused rather than written onto a story without paragraphs.
     *
     * @return the stories whose bodies were dropped
     */
    public List<UUID> dropUntouched(Duration age, Predicate<UUID> spare) {
        if (keepAll()) {
            return List.of();
        }
        OffsetDateTime before = OffsetDateTime.ofInstant(clock.instant().minus(age), ZoneOffset.UTC);
        List<UUID> candidates = tx.read(t -> t.select(STORY.ID).from(STORY).join(NEWSROOM_BASE)
                .on(NEWSROOM_BASE.STORY_ID.eq(STORY.ID))
                .where(STORY.UPDATED_AT.lt(before)).and(droppable()).fetch(STORY.ID));
        List<UUID> dropped = new ArrayList<>();
        for (UUID id : candidates) {
            if (spare.test(id)) {
                continue;
            }
            boolean done = holds.dropUnlessHeld(id, () -> tx.write(t -> {
                if (!t.fetchExists(t.selectOne().from(STORY).join(NEWSROOM_BASE).on(NEWSROOM_BASE.STORY_ID.eq(STORY.ID))
                        .where(STORY.ID.eq(id)).and(droppable()))) {
                    return false; // changed or kept meanwhile
                }
                t.deleteFrom(PARAGRAPH).where(PARAGRAPH.STORY_ID.eq(id)).execute();
                t.deleteFrom(SPEAKER).where(SPEAKER.STORY_ID.eq(id)).execute();
                // updated_at stays: the library's "modified" is about the story, not this copy of it
                t.update(STORY).set(STORY.VERSION, STORY.VERSION.plus(1)).where(STORY.ID.eq(id)).execute();
                Long seq = t.select(STORY.CHANGE_SEQ).from(STORY).where(STORY.ID.eq(id)).fetchOne(STORY.CHANGE_SEQ);
                t.update(NEWSROOM_BASE).set(NEWSROOM_BASE.SNAPSHOT, (String) null)
                        .set(NEWSROOM_BASE.LOCAL_CHANGE_SEQ, seq).where(NEWSROOM_BASE.STORY_ID.eq(id)).execute();
                return true;
            }));
            if (done) {
                dropped.add(id);
            }
        }
        return dropped;
    }

    /** A story row (joined with its base) whose body is here and holds nothing the server lacks. */
    private static org.jooq.Condition droppable() {
        return NEWSROOM_BASE.SNAPSHOT.isNotNull().and(NEWSROOM_BASE.LOCAL_CHANGE_SEQ.eq(STORY.CHANGE_SEQ))
                .andNotExists(DSL.selectOne().from(NEWSROOM_KEEP).where(NEWSROOM_KEEP.STORY_ID.eq(STORY.ID)))
                .andNotExists(DSL.selectOne().from(NEWSROOM_CONFLICT).where(NEWSROOM_CONFLICT.STORY_ID.eq(STORY.ID)))
                .andNotExists(DSL.selectOne().from(STORY_REVISION).where(STORY_REVISION.STORY_ID.eq(STORY.ID))
                        .and(STORY_REVISION.SERVER_NUMBER.isNull()))
                .andNotExists(DSL.selectOne().from(OUTBOX).where(OUTBOX.STORY_ID.eq(STORY.ID))
                        .and(OUTBOX.STATE.in("PENDING", "SENDING")));
    }

    /** Newsroom stories (those with a base) with their body here and only listed. */
    public Counts counts() {
        return tx.read(t -> {
            var r = t.select(DSL.count(), DSL.count().filterWhere(NEWSROOM_BASE.SNAPSHOT.isNull())).from(NEWSROOM_BASE)
                    .fetchOne();
            long listedOnly = t.fetchCount(NEWSROOM_LISTED);
            return new Counts(r.value1() - r.value2(), r.value2() + listedOnly);
        });
    }
}
