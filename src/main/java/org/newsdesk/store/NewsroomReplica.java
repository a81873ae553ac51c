package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.APP_STATE;
import static org.newsdesk.store.jooq.Tables.NEWSROOM_BASE;
import static org.newsdesk.store.jooq.Tables.NEWSROOM_CONFLICT;
import static org.newsdesk.store.jooq.Tables.NEWSROOM_LISTED;
import static org.newsdesk.store.jooq.Tables.PARAGRAPH;
import static org.newsdesk.store.jooq.Tables.SPEAKER;
import static org.newsdesk.store.jooq.Tables.STORY;
import static org.newsdesk.store.jooq.Tables.STORY_REVISION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.store.jooq.tables.records.StoryRecord;

/**
 * The local store's side of a newsroom server: per synced story the base of the next
 * three-way merge (the content this workstation and the server last agreed on, with the server
 * version and the local change number it was taken at), writing pulled stories under their
 * server ids, and the conflicts a pull left open.
 */
public final class NewsroomReplica {

    /**
     * What this workstation and the server last agreed on for one story.
     *
     * @param snapshot the agreed content; null while the story's body is not here ({@link ReplicaBodies})
     */
    public record Base(UUID storyId, long serverVersion, String snapshot, long localChangeSeq) {
    }

    /** A story as stored locally, with the change number its content was read at. */
    public record Read(Story story, long changeSeq) {
    }

    /** An open conflict: a paragraph id or a field name, and every version (JSON or text). */
    public record Conflict(String item, String base, String mine, String theirs) {
    }

    /**
     * A story new to this workstation as pulled from the server with its body, for {@link #writeJoined}.
     *
     * @param snapshot  the base (the server's content, as the pull records it)
     * @param changedBy the editor whose push made the server's version (who changed it last)
     */
    public record Joined(Story story, long serverVersion, String snapshot, boolean trashed, String changedBy) {
    }

    /**
     * A story new to this workstation joined without its body ({@link ReplicaBodies.State#LISTED}),
     * for {@link #writeJoined}: the server's row as it came, with the library's columns read from
     * its metadata document (kept to build the story when it is opened or changed here).
     *
     * @param changedBy the editor whose push made the server's version (who changed it last)
     */
    public record Listed(UUID id, String slug, Status status, ListedColumns columns, String metadataJson,
                         long serverVersion, boolean trashed, String changedBy) {

        /** From the server's columns; {@code status} as the server writes it (lower case). */
        public static Listed of(UUID id, String slug, String status, String metadataJson, long serverVersion,
                                boolean trashed, String changedBy) {
            return new Listed(id, slug == null ? "" : slug,
                    status == null ? Status.DRAFT : Status.valueOf(status.toUpperCase(Locale.ROOT)),
                    ListedColumns.of(metadataJson), metadataJson, serverVersion, trashed, changedBy);
        }
    }

    /** App-state key of {@link #pushMark()}. */
    static final String PUSH_MARK = "newsroom.pushMark";

    private final Transactions tx;
    private final StoryRepository stories;
    private final Clock clock;
    private final ReplicaBodies bodies;

    NewsroomReplica(Transactions tx, StoryRepository stories, Clock clock) {
        this.tx = tx;
        this.stories = stories;
        this.clock = clock;
        this.bodies = new ReplicaBodies(tx, clock);
    }

    /** Which newsroom stories have their body here, and which are kept offline. */
    public ReplicaBodies bodies() {
        return bodies;
    }

    /** The base of a synced story; a story only listed here has one without a snapshot. */
    public Optional<Base> base(UUID storyId) {
        return tx.read(t -> t.selectFrom(NEWSROOM_BASE).where(NEWSROOM_BASE.STORY_ID.eq(storyId)).fetchOptional(r ->
                new Base(r.getStoryId(), r.getServerVersion(), r.getSnapshot(), r.getLocalChangeSeq()))
                .or(() -> Optional.ofNullable(ListedStories.row(t, storyId))
                        .map(r -> new Base(storyId, r.getServerVersion(), null, r.getChangeSeq()))));
    }

    /**
     * Stories changed locally since their base was taken (moving to the trash or out of it
     * counts), and stories never synced that are not in the trash, oldest change first.
     * Proportional to what changed: it looks only at stories whose change number is above the
     * push mark ({@link #pushMark}), then moves the mark up to just below the oldest candidate
     * (or to the newest change when there is none), so a candidate is looked at again until it
     * is pushed. Read under the store's write lock: no save is half done while it looks.
     */
    public List<UUID> pushCandidates() {
        long[] marks = new long[2];
        List<UUID> ids = tx.readConsistent(t -> {
            marks[0] = pushMark(t);
            var rows = t.select(STORY.ID, STORY.CHANGE_SEQ).from(STORY).leftJoin(NEWSROOM_BASE)
                    .on(NEWSROOM_BASE.STORY_ID.eq(STORY.ID))
                    .where(STORY.CHANGE_SEQ.gt(marks[0]))
                    .and(NEWSROOM_BASE.STORY_ID.isNull().and(STORY.DELETED_AT.isNull())
                            .or(NEWSROOM_BASE.LOCAL_CHANGE_SEQ.ne(STORY.CHANGE_SEQ)))
                    .orderBy(STORY.CHANGE_SEQ).fetch();
            Long newest = t.select(DSL.max(STORY.CHANGE_SEQ)).from(STORY).fetchOne(0, Long.class);
            marks[1] = rows.isEmpty() ? (newest == null ? 0 : newest) : rows.get(0).value2() - 1;
            return rows.map(r -> r.value1());
        });
        if (marks[1] != marks[0] && !tx.isReadOnly()) {
            tx.write(t -> {
                if (pushMark(t) == marks[0]) { // not lowered meanwhile
                    setPushMark(t, marks[1]);
                }
                return null;
            });
        }
        return ids;
    }

    /**
     * Every story whose change number is at most this one was in step with its base when
     * {@link #pushCandidates} last looked (0: it looks at every story).
     */
    public long pushMark() {
        return tx.read(NewsroomReplica::pushMark);
    }

    private static long pushMark(DSLContext t) {
        return AppStateRepository.value(t, PUSH_MARK).map(Long::parseLong).orElse(0L);
    }

    private static void setPushMark(DSLContext t, long mark) {
        AppStateRepository.put(t, PUSH_MARK, Long.toString(mark));
    }

    /** Whether the story is in this workstation's trash. */
    public boolean trashed(UUID storyId) {
        return tx.read(t -> t.fetchExists(t.selectOne().from(STORY)
                .where(STORY.ID.eq(storyId)).and(STORY.DELETED_AT.isNotNull()))
                || t.fetchExists(t.selectOne().from(NEWSROOM_LISTED)
                .where(NEWSROOM_LISTED.ID.eq(storyId)).and(NEWSROOM_LISTED.DELETED_AT.isNotNull())));
    }

    /** The story and its change number, read together (an edit in between cannot slip past). */
    public Optional<Read> read(UUID storyId) {
        return tx.readConsistent(t -> {
            Story s = StoryRows.find(t, storyId);
            if (s == null) {
                return Optional.empty();
            }
            Long seq = t.select(STORY.CHANGE_SEQ).from(STORY).where(STORY.ID.eq(storyId)).fetchOne(STORY.CHANGE_SEQ);
            if (seq == null) { // only listed here
                seq = ListedStories.row(t, storyId).getChangeSeq();
            }
            return Optional.of(new Read(s, seq));
        });
    }

    /** Records what was pushed as the new base; {@code localChangeSeq} is the change number it was read at. */
    public void recordPushed(UUID storyId, long serverVersion, String snapshot, long localChangeSeq) {
        tx.write(t -> {
            putBase(t, storyId, serverVersion, snapshot, localChangeSeq);
            return null;
        });
    }

    /**
     * Writes a pulled (and merged) story under its own id in one transaction: inserts it when
     * {@code expectedLocalVersion} is null, else replaces its content if the local version is
     * still the one merged against ({@link StoreException.Problem#STALE} otherwise: typing won the
     * race, the next sync merges again). Records the server's content as the base and replaces
     * the story's open conflicts.
     *
     * @param localContentIsBase true when the written content is exactly the base (nothing left to push)
     */
    public Story writePulled(Story story, Long expectedLocalVersion, long serverVersion, String baseSnapshot,
                             boolean localContentIsBase, List<Conflict> conflicts) {
        return writePulled(story, expectedLocalVersion, serverVersion, baseSnapshot, localContentIsBase, conflicts, null);
    }

    /**
     * As above; {@code changedBy} (not null) is recorded as who last changed the content (the
     * sign-off's "last changed by"): the editor whose push made the server's version, when the
     * content written is exactly that version. Null leaves it as it was (a merge with changes
     * made here: this workstation's editor changed it last, and pushes it so).
     */
    public Story writePulled(Story story, Long expectedLocalVersion, long serverVersion, String baseSnapshot,
                             boolean localContentIsBase, List<Conflict> conflicts, String changedBy) {
        tx.write(t -> {
            OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            StoryRecord row;
            long version;
            if (expectedLocalVersion == null) {
                row = t.newRecord(STORY);
                row.setId(story.id());
                row.setRevision(0);
                version = 1;
                row.setCreatedAt(now);
            } else {
                ListedStories.promote(t, story.id()); // only listed here: its row moves to the story table first
                row = t.selectFrom(STORY).where(STORY.ID.eq(story.id())).fetchOne();
                if (row == null || row.getVersion() != expectedLocalVersion.longValue()) {
                    throw new StoreException(StoreException.Problem.STALE,
                            "Story " + story.id() + " was changed here while the newsroom's changes were merged");
                }
                version = expectedLocalVersion + 1;
                t.deleteFrom(PARAGRAPH).where(PARAGRAPH.STORY_ID.eq(story.id())).execute();
                t.deleteFrom(SPEAKER).where(SPEAKER.STORY_ID.eq(story.id())).execute();
            }
            row.setSlug(story.slug());
            row.setStatus(story.status().name());
            row.setVersion(version);
            row.setUpdatedAt(now);
            StoryRows.applyMetadata(row, story.metadata());
            if (changedBy != null) {
                row.setContentBy(changedBy);
            }
            if (expectedLocalVersion == null) {
                row.insert();
            } else {
                row.store();
            }
            StoryRows.insertSpeakers(t, story.id(), story.speakers());
            ParagraphBatch rows = new ParagraphBatch(story.id(), version);
            List<Paragraph> paragraphs = story.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                rows.add(paragraphs.get(i), (i + 1) * ParagraphRows.ORD_GAP);
            }
            rows.insert(t);
            Long seq = t.select(STORY.CHANGE_SEQ).from(STORY).where(STORY.ID.eq(story.id())).fetchOne(STORY.CHANGE_SEQ);
            // content equal to the base has nothing to push: mark it current; else leave it a push candidate
            putBase(t, story.id(), serverVersion, baseSnapshot, localContentIsBase ? seq : -1);
            t.deleteFrom(NEWSROOM_CONFLICT).where(NEWSROOM_CONFLICT.STORY_ID.eq(story.id())).execute();
            for (Conflict c : conflicts) {
                t.insertInto(NEWSROOM_CONFLICT).set(NEWSROOM_CONFLICT.STORY_ID, story.id())
                        .set(NEWSROOM_CONFLICT.ITEM, c.item()).set(NEWSROOM_CONFLICT.BASE, c.base())
                        .set(NEWSROOM_CONFLICT.MINE, c.mine()).set(NEWSROOM_CONFLICT.THEIRS, c.theirs())
                        .set(NEWSROOM_CONFLICT.FOUND_AT, now).execute();
            }
            return null;
        });
        return stories.get(story.id());
    }

    /**
     * Writes stories pulled from the server that are not here yet, all in one transaction
     * (a first join or any large pull): their content is the server's, so each is recorded
     * as agreed with nothing to push. Those with their body go into the story table; when every
     * story here was in step with its base, the push mark moves past them (they are never push
     * candidates), so the sync's next look for candidates does not read the whole joined library
     * again. Those without go into the listed table. {@code appState} is written in the same
     * transaction (the pull's mark: how far the server's changes are written here).
     */
    public void writeJoined(List<Joined> joined, List<Listed> listed, Map<String, String> appState) {
        if (joined.isEmpty() && listed.isEmpty() && appState.isEmpty()) {
            return;
        }
        tx.write(t -> {
            ListedStories.insert(t, listed, clock);
            if (!joined.isEmpty()) {
                long mark = pushMark(t);
                Long newest = t.select(DSL.max(STORY.CHANGE_SEQ)).from(STORY).fetchOne(0, Long.class);
                ReplicaJoin.insert(t, joined, clock);
                Long after = t.select(DSL.max(STORY.CHANGE_SEQ)).from(STORY).fetchOne(0, Long.class);
                if (after != null && !after.equals(newest) && (newest == null || mark >= newest)) {
                    setPushMark(t, after);
                }
            }
            appState.forEach((key, value) -> AppStateRepository.put(t, key, value));
            return null;
        });
    }

    public List<Conflict> conflicts(UUID storyId) {
        return tx.read(t -> t.selectFrom(NEWSROOM_CONFLICT).where(NEWSROOM_CONFLICT.STORY_ID.eq(storyId))
                .orderBy(NEWSROOM_CONFLICT.ITEM)
                .fetch(r -> new Conflict(r.getItem(), r.getBase(), r.getMine(), r.getTheirs())));
    }

    /** Closes one conflict (its result is already in the story). */
    public void dropConflict(UUID storyId, String item) {
        tx.write(t -> t.deleteFrom(NEWSROOM_CONFLICT).where(NEWSROOM_CONFLICT.STORY_ID.eq(storyId))
                .and(NEWSROOM_CONFLICT.ITEM.eq(item)).execute());
    }

    /** Whether the story has an open conflict (it is not pushed until every one is closed). */
    public boolean hasOpenConflict(UUID storyId) {
        return tx.read(t -> t.fetchExists(NEWSROOM_CONFLICT, NEWSROOM_CONFLICT.STORY_ID.eq(storyId)));
    }

    /** Stories with at least one open conflict (they are not pushed until it is resolved). */
    public List<UUID> storiesWithConflicts() {
        return tx.read(t -> t.selectDistinct(NEWSROOM_CONFLICT.STORY_ID).from(NEWSROOM_CONFLICT)
                .fetch(NEWSROOM_CONFLICT.STORY_ID));
    }

    /**
     * Forgets every base (joining another server: its versions mean nothing there), and the
     * revision numbers the old server gave (the revisions made here are numbered again by the
     * new one); the stories, revisions and open conflicts stay, so nothing either side wrote is lost.
     */
    public void forgetBases() {
        tx.write(t -> {
            // stories only listed here become stories of this workstation, as listed story rows always were
            for (UUID id : t.select(NEWSROOM_LISTED.ID).from(NEWSROOM_LISTED).fetch(NEWSROOM_LISTED.ID)) {
                ListedStories.promote(t, id);
            }
            t.deleteFrom(APP_STATE).where(APP_STATE.STATE_KEY.eq(PUSH_MARK)).execute();
            t.update(STORY_REVISION).setNull(STORY_REVISION.SERVER_NUMBER).execute();
            return t.deleteFrom(NEWSROOM_BASE).execute();
        });
    }

    private static void putBase(DSLContext t, UUID storyId, long serverVersion, String snapshot, long localChangeSeq) {
        t.mergeInto(NEWSROOM_BASE).using(t.selectOne())
                .on(NEWSROOM_BASE.STORY_ID.eq(storyId))
                .whenMatchedThenUpdate().set(NEWSROOM_BASE.SERVER_VERSION, serverVersion)
                .set(NEWSROOM_BASE.SNAPSHOT, snapshot).set(NEWSROOM_BASE.LOCAL_CHANGE_SEQ, localChangeSeq)
                .whenNotMatchedThenInsert(NEWSROOM_BASE.STORY_ID, NEWSROOM_BASE.SERVER_VERSION, NEWSROOM_BASE.SNAPSHOT,
                        NEWSROOM_BASE.LOCAL_CHANGE_SEQ)
                .values(storyId, serverVersion, snapshot, localChangeSeq)
                .execute();
        Long seq = t.select(STORY.CHANGE_SEQ).from(STORY).where(STORY.ID.eq(storyId)).fetchOne(STORY.CHANGE_SEQ);
        if (seq != null && seq != localChangeSeq && pushMark(t) >= seq) {
            setPushMark(t, seq - 1); // left to push (say, a trash move): looked at again
        }
    }
}
