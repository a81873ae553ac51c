package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.PARAGRAPH;
import static org.newsdesk.store.jooq.Tables.SPEAKER;
import static org.newsdesk.store.jooq.Tables.LIBRARY_STORY;
import static org.newsdesk.store.jooq.Tables.NEWSROOM_LISTED;
import static org.newsdesk.store.jooq.Tables.STORY;
import static org.newsdesk.store.jooq.Tables.STORY_REVISION;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.StorySummary;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.jooq.tables.records.StoryRecord;
import org.newsdesk.text.Slugs;

/**
 * Stories in the store. Every write runs in one transaction, checks the version the
 * caller last saw (optimistic locking) and returns the new version.
 */
public final class StoryRepository {

    private final Transactions tx;
    private final Clock clock;
    private SignOffRepository signOff;

    StoryRepository(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** The sign-off rules every content write keeps (set once by the store). */
    void setSignOff(SignOffRepository value) {
        signOff = value;
    }

    // ----------------------------------------------------------------- reading

    /** The story; a newsroom story only listed here comes without its body (it is fetched when opened). */
    public Optional<Story> find(UUID id) {
        return readConsistent(tx -> Optional.ofNullable(StoryRows.find(tx, id)));
    }

    public Story get(UUID id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** Stories in the library ({@code trash == false}) or in the trash, newest first. */
    public List<StorySummary> list(boolean trash) {
        return read(tx -> tx.select(LIBRARY_STORY.ID, LIBRARY_STORY.SLUG, LIBRARY_STORY.HEADLINE, LIBRARY_STORY.STATUS,
                        LIBRARY_STORY.PART_NUMBER, LIBRARY_STORY.EDITOR, LIBRARY_STORY.REVISION, LIBRARY_STORY.UPDATED_AT,
                        LIBRARY_STORY.DELETED_AT)
                .from(LIBRARY_STORY)
                .where(trash ? LIBRARY_STORY.DELETED_AT.isNotNull() : LIBRARY_STORY.DELETED_AT.isNull())
                .orderBy(LIBRARY_STORY.UPDATED_AT.desc())
                .fetch(r -> new StorySummary(r.value1(), r.value2(), r.value3(), Status.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), r.value8().toInstant(),
                        r.value9() == null ? null : r.value9().toInstant())));
    }

    /** Whether the story exists and is not in the trash. */
    public boolean inLibrary(UUID id) {
        return read(tx -> tx.fetchExists(tx.selectOne().from(STORY).where(STORY.ID.eq(id)).and(STORY.DELETED_AT.isNull()))
                || tx.fetchExists(tx.selectOne().from(NEWSROOM_LISTED).where(NEWSROOM_LISTED.ID.eq(id))
                        .and(NEWSROOM_LISTED.DELETED_AT.isNull())));
    }

    /** Finds a story by its full id or by a unique prefix of it (as the CLI accepts). */
    public Optional<UUID> resolveId(String idOrPrefix) {
        List<UUID> ids = idsStartingWith(idOrPrefix);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** Up to two ids that start with the prefix: two means the prefix is ambiguous. */
    public List<UUID> idsStartingWith(String idOrPrefix) {
        String p = idOrPrefix.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<IdPrefix> range = IdPrefix.of(p);
        if (range.isEmpty()) {
            return List.of();
        }
        return read(tx -> tx.select(LIBRARY_STORY.ID).from(LIBRARY_STORY)
                .where(LIBRARY_STORY.ID.between(range.get().lowest(), range.get().highest()))
                .limit(2).fetch(LIBRARY_STORY.ID));
    }

    public List<RevisionInfo> revisions(UUID id) {
        return read(tx -> tx.select(STORY_REVISION.NUMBER, STORY_REVISION.SAVED_AT, STORY_REVISION.SAVED_BY,
                        STORY_REVISION.HEADLINE, STORY_REVISION.SERVER_NUMBER, STORY_REVISION.ACCOUNT)
                .from(STORY_REVISION).where(STORY_REVISION.STORY_ID.eq(id))
                .orderBy(STORY_REVISION.NUMBER.desc())
                .fetch(r -> new RevisionInfo(id, r.value1(), r.value2().toInstant(), r.value3(), r.value4(), r.value5(),
                        r.value6())));
    }

    public Story revision(UUID id, int number) {
        String snapshot = read(tx -> tx.select(STORY_REVISION.SNAPSHOT).from(STORY_REVISION)
                .where(STORY_REVISION.STORY_ID.eq(id), STORY_REVISION.NUMBER.eq(number))
                .fetchOne(STORY_REVISION.SNAPSHOT));
        if (snapshot == null) {
            throw new StoreException(StoreException.Problem.NOT_FOUND,
                    "Story " + id + " has no revision " + number);
        }
        return StoryJson.fromJson(snapshot);
    }

    // ----------------------------------------------------------------- writing

    /** Creates a story in DRAFT with a slug derived from its headline, unique (a -2, -3 … suffix when taken). */
    public Story create(Metadata metadata, List<Speaker> speakers, List<Paragraph> paragraphs) {
        UUID id = UUID.randomUUID();
        write(tx -> {
            OffsetDateTime now = now();
            StoryRecord row = tx.newRecord(STORY);
            row.setId(id);
            // unique among all stories, those in the trash included (they may come back)
            row.setSlug(Slugs.unique(Slugs.fromHeadline(metadata.headline(), id),
                    slug -> tx.fetchExists(STORY, STORY.SLUG.eq(slug))
                            || tx.fetchExists(NEWSROOM_LISTED, NEWSROOM_LISTED.SLUG.eq(slug))));
            row.setStatus(Status.DRAFT.name());
            row.setRevision(0);
            row.setVersion(1L);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            StoryRows.applyMetadata(row, metadata);
            if (signOff != null) {
                row.setContentBy(signOff.editor());
            }
            row.insert();
            StoryRows.insertSpeakers(tx, id, speakers);
            ParagraphBatch rows = new ParagraphBatch(id, 1L);
            for (int i = 0; i < paragraphs.size(); i++) {
                rows.add(paragraphs.get(i), (i + 1) * ParagraphRows.ORD_GAP);
            }
            rows.insert(tx);
            return null;
        });
        return get(id);
    }

    /** Writes what changed in the transcript: only the touched paragraph rows. */
    public long applyEdit(UUID id, long expectedVersion, TranscriptEdit edit) {
        if (edit.isEmpty()) {
            return expectedVersion;
        }
        return write(tx -> {
            long version = bumpContent(tx, id, expectedVersion);
            ParagraphRows.apply(tx, id, version, edit);
            return version;
        });
    }

    public long updateMetadata(UUID id, long expectedVersion, Metadata metadata) {
        return write(tx -> {
            long version = bumpContent(tx, id, expectedVersion);
            StoryRecord row = tx.selectFrom(STORY).where(STORY.ID.eq(id)).fetchOne();
            StoryRows.applyMetadata(row, metadata);
            row.store();
            return version;
        });
    }

    public long replaceSpeakers(UUID id, long expectedVersion, List<Speaker> speakers) {
        return write(tx -> {
            long version = bumpContent(tx, id, expectedVersion);
            tx.deleteFrom(SPEAKER).where(SPEAKER.STORY_ID.eq(id)).execute();
            StoryRows.insertSpeakers(tx, id, speakers);
            return version;
        });
    }

    /**
     * Keeps an immutable snapshot of the story as it is now (an explicit save, Ctrl+S, and what
     * exporting and publishing do first). Content identical to the last revision's makes no new
     * revision: the last one is returned and nothing is written, so a revision number always
     * names exactly one content.
     */
    public RevisionInfo saveRevision(UUID id, long expectedVersion, String savedBy) {
        return write(tx -> {
            Optional<RevisionInfo> same = RevisionRows.unchangedSinceLast(tx, id, expectedVersion);
            if (same.isPresent()) {
                return same.get();
            }
            long version = bumpVersion(tx, id, expectedVersion);
            // after revisions pulled from a newsroom too (they do not move the story's counter)
            int number = RevisionReplica.next(tx, id);
            tx.update(STORY).set(STORY.REVISION, number).where(STORY.ID.eq(id)).execute();
            Story story = StoryRows.find(tx, id);
            assert version > 0;
            return RevisionRows.insert(tx, story, number, now(), savedBy == null ? "" : savedBy);
        });
    }

    /** The story's version now (what a writer that did not write last checks against). */
    public long version(UUID id) {
        // each table by its own key
        Long v = read(tx -> tx.select(STORY.VERSION).from(STORY).where(STORY.ID.eq(id)).fetchOptional(STORY.VERSION)
                .orElseGet(() -> tx.select(NEWSROOM_LISTED.VERSION).from(NEWSROOM_LISTED).where(NEWSROOM_LISTED.ID.eq(id))
                        .fetchOne(NEWSROOM_LISTED.VERSION)));
        if (v == null) {
            throw notFound(id);
        }
        return v;
    }

    /** Makes a revision's content the story's current content (the revision itself stays). */
    public Story restoreRevision(UUID id, long expectedVersion, int number) {
        Story snapshot = revision(id, number);
        write(tx -> {
            long version = bumpContent(tx, id, expectedVersion);
            StoryRecord row = tx.selectFrom(STORY).where(STORY.ID.eq(id)).fetchOne();
            StoryRows.applyMetadata(row, snapshot.metadata());
            row.store();
            tx.deleteFrom(SPEAKER).where(SPEAKER.STORY_ID.eq(id)).execute();
            StoryRows.insertSpeakers(tx, id, snapshot.speakers());
            tx.deleteFrom(PARAGRAPH).where(PARAGRAPH.STORY_ID.eq(id)).execute();
            ParagraphBatch rows = new ParagraphBatch(id, version);
            List<Paragraph> paragraphs = snapshot.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                rows.add(paragraphs.get(i), (i + 1) * ParagraphRows.ORD_GAP);
            }
            rows.insert(tx);
            return null;
        });
        return get(id);
    }

    public void moveToTrash(UUID id) {
        setDeleted(id, now());
    }

    public void restoreFromTrash(UUID id) {
        setDeleted(id, null);
    }

    // ----------------------------------------------------------------- helpers

    private void setDeleted(UUID id, OffsetDateTime when) {
        write(tx -> {
            ListedStories.promote(tx, id);
            int n = tx.update(STORY).set(STORY.DELETED_AT, when).set(STORY.VERSION, STORY.VERSION.plus(1))
                    .where(STORY.ID.eq(id)).execute();
            if (n == 0) {
                throw notFound(id);
            }
            return null;
        });
    }

    /**
     * As {@link #bumpVersion}, for a write of the story's content or metadata: the sign-off rules
     * run in the same transaction (who changed it; a change after a signature sends it back).
     */
    /**
     * Bumps the version of a content change; with sign-off rules, the same statement records
     * who changed it and reads the status those rules need.
     */
    private long bumpContent(DSLContext tx, UUID id, long expected) {
        if (signOff == null) {
            return bumpVersion(tx, id, expected);
        }
        ListedStories.promote(tx, id);
        String who = signOff.editor();
        var status = tx.update(STORY)
                .set(STORY.VERSION, STORY.VERSION.plus(1))
                .set(STORY.UPDATED_AT, now())
                .set(STORY.CONTENT_BY, who)
                .where(STORY.ID.eq(id), STORY.VERSION.eq(expected))
                .returningResult(STORY.STATUS)
                .fetchOne();
        if (status == null) {
            throw tx.fetchExists(STORY, STORY.ID.eq(id)) ? stale(id) : notFound(id);
        }
        signOff.afterContentChangeBy(tx, id, Status.valueOf(status.value1()), who);
        return expected + 1;
    }

    private long bumpVersion(DSLContext tx, UUID id, long expected) {
        ListedStories.promote(tx, id); // a newsroom story only listed here becomes a story row first
        int n = tx.update(STORY)
                .set(STORY.VERSION, STORY.VERSION.plus(1))
                .set(STORY.UPDATED_AT, now())
                .where(STORY.ID.eq(id), STORY.VERSION.eq(expected))
                .execute();
        if (n == 0) {
            boolean exists = tx.fetchExists(STORY, STORY.ID.eq(id));
            throw exists ? stale(id) : notFound(id);
        }
        return expected + 1;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    private <T> T read(Function<DSLContext, T> work) {
        return tx.read(work);
    }

    private <T> T readConsistent(Function<DSLContext, T> work) {
        return tx.readConsistent(work);
    }

    private <T> T write(Function<DSLContext, T> work) {
        return tx.write(work);
    }

    static StoreException stale(UUID id) {
        return new StoreException(StoreException.Problem.STALE,
                "Story " + id + " was changed elsewhere since it was opened");
    }

    static StoreException notFound(UUID id) {
        return new StoreException(StoreException.Problem.NOT_FOUND, "No story with id " + id);
    }
}
