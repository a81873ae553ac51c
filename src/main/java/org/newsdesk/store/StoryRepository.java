package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.PARAGRAPH;
import static org.newsdesk.store.jooq.Tables.SPEAKER;
import static org.newsdesk.store.jooq.Tables.STORY;
import static org.newsdesk.store.jooq.Tables.STORY_REVISION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.Series;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
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

    /** Distance between neighbouring paragraphs' sort keys, so inserts rarely renumber. */
    static final long ORD_GAP = 1L << 16;

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

    public Optional<Story> find(UUID id) {
        return readConsistent(tx -> Optional.ofNullable(findIn(tx, id)));
    }

    public Story get(UUID id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** Stories in the library ({@code trash == false}) or in the trash, newest first. */
    public List<StorySummary> list(boolean trash) {
        return read(tx -> tx.select(STORY.ID, STORY.SLUG, STORY.HEADLINE, STORY.STATUS, STORY.PART_NUMBER,
                        STORY.EDITOR, STORY.REVISION, STORY.UPDATED_AT, STORY.DELETED_AT)
                .from(STORY)
                .where(trash ? STORY.DELETED_AT.isNotNull() : STORY.DELETED_AT.isNull())
                .orderBy(STORY.UPDATED_AT.desc())
                .fetch(r -> new StorySummary(r.value1(), r.value2(), r.value3(), Status.valueOf(r.value4()),
                        r.value5(), r.value6(), r.value7(), r.value8().toInstant(),
                        r.value9() == null ? null : r.value9().toInstant())));
    }

    /** Whether the story exists and is not in the trash. */
    public boolean inLibrary(UUID id) {
        return read(tx -> tx.fetchExists(tx.selectOne().from(STORY).where(STORY.ID.eq(id)).and(STORY.DELETED_AT.isNull())));
    }

    /** Finds a story by its full id or by a unique prefix of it (as the CLI accepts). */
    public Optional<UUID> resolveId(String idOrPrefix) {
        List<UUID> ids = idsStartingWith(idOrPrefix);
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /** Up to two ids that start with the prefix: two means the prefix is ambiguous. */
    public List<UUID> idsStartingWith(String idOrPrefix) {
        String p = idOrPrefix.trim().toLowerCase(java.util.Locale.ROOT);
        if (p.isEmpty()) {
            return List.of();
        }
        return read(tx -> tx.select(STORY.ID).from(STORY)
                .where(STORY.ID.cast(String.class).startsWith(p)).limit(2).fetch(STORY.ID));
    }

    public List<RevisionInfo> revisions(UUID id) {
        return read(tx -> tx.select(STORY_REVISION.NUMBER, STORY_REVISION.SAVED_AT, STORY_REVISION.SAVED_BY,
                        STORY_REVISION.HEADLINE)
                .from(STORY_REVISION).where(STORY_REVISION.STORY_ID.eq(id))
                .orderBy(STORY_REVISION.NUMBER.desc())
                .fetch(r -> new RevisionInfo(id, r.value1(), r.value2().toInstant(), r.value3(), r.value4())));
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
                    slug -> tx.fetchExists(STORY, STORY.SLUG.eq(slug))));
            row.setStatus(Status.DRAFT.name());
            row.setRevision(0);
            row.setVersion(1L);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            applyMetadata(row, metadata);
            if (signOff != null) {
                row.setContentBy(signOff.editor());
            }
            row.insert();
            insertSpeakers(tx, id, speakers);
            ParagraphBatch rows = new ParagraphBatch(id, 1L);
            for (int i = 0; i < paragraphs.size(); i++) {
                rows.add(paragraphs.get(i), (i + 1) * ORD_GAP);
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
            if (!edit.deleted().isEmpty()) {
                tx.deleteFrom(PARAGRAPH)
                        .where(PARAGRAPH.STORY_ID.eq(id), PARAGRAPH.ID.in(edit.deleted().stream().map(UUID::fromString).toList()))
                        .execute();
            }
            for (Paragraph p : edit.updated()) {
                int n = tx.update(PARAGRAPH)
                        .set(PARAGRAPH.SPEAKER_KEY, p.speakerKey())
                        .set(PARAGRAPH.BODY, p.text())
                        .set(PARAGRAPH.STYLE_RUNS, StyleRuns.encode(p.spans()))
                        .set(PARAGRAPH.START_MS, startMillis(p))
                        .set(PARAGRAPH.WRITTEN_VERSION, version)
                        .where(PARAGRAPH.ID.eq(UUID.fromString(p.id())), PARAGRAPH.STORY_ID.eq(id))
                        .execute();
                if (n != 1) {
                    throw stale(id);
                }
            }
            if (!edit.inserted().isEmpty()) {
                insertParagraphs(tx, id, version, edit);
            }
            return version;
        });
    }

    public long updateMetadata(UUID id, long expectedVersion, Metadata metadata) {
        return write(tx -> {
            long version = bumpContent(tx, id, expectedVersion);
            StoryRecord row = tx.selectFrom(STORY).where(STORY.ID.eq(id)).fetchOne();
            applyMetadata(row, metadata);
            row.store();
            return version;
        });
    }

    public long replaceSpeakers(UUID id, long expectedVersion, List<Speaker> speakers) {
        return write(tx -> {
            long version = bumpContent(tx, id, expectedVersion);
            tx.deleteFrom(SPEAKER).where(SPEAKER.STORY_ID.eq(id)).execute();
            insertSpeakers(tx, id, speakers);
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
            Optional<RevisionInfo> same = unchangedSinceLastRevision(tx, id, expectedVersion);
            if (same.isPresent()) {
                return same.get();
            }
            long version = bumpVersion(tx, id, expectedVersion);
            int number = tx.update(STORY).set(STORY.REVISION, STORY.REVISION.plus(1))
                    .where(STORY.ID.eq(id)).returningResult(STORY.REVISION).fetchOne().value1();
            Story story = findIn(tx, id);
            OffsetDateTime now = now();
            tx.insertInto(STORY_REVISION)
                    .set(STORY_REVISION.STORY_ID, id)
                    .set(STORY_REVISION.NUMBER, number)
                    .set(STORY_REVISION.SAVED_AT, now)
                    .set(STORY_REVISION.SAVED_BY, savedBy == null ? "" : savedBy)
                    .set(STORY_REVISION.HEADLINE, story.metadata().headline())
                    .set(STORY_REVISION.SNAPSHOT, StoryJson.toJson(story))
                    .execute();
            assert version > 0;
            return new RevisionInfo(id, number, now.toInstant(), savedBy == null ? "" : savedBy,
                    story.metadata().headline());
        });
    }

    /** The story's version now (what a writer that did not write last checks against). */
    public long version(UUID id) {
        Long v = read(tx -> tx.select(STORY.VERSION).from(STORY).where(STORY.ID.eq(id)).fetchOne(STORY.VERSION));
        if (v == null) {
            throw notFound(id);
        }
        return v;
    }

    /** The last revision, when its content is the story's content now; checks the version either way. */
    private Optional<RevisionInfo> unchangedSinceLastRevision(DSLContext tx, UUID id, long expectedVersion) {
        Story current = findIn(tx, id);
        if (current == null) {
            throw notFound(id);
        }
        if (current.version() != expectedVersion) {
            throw stale(id);
        }
        var last = tx.selectFrom(STORY_REVISION).where(STORY_REVISION.STORY_ID.eq(id))
                .orderBy(STORY_REVISION.NUMBER.desc()).limit(1).fetchOne();
        if (last == null || !sameContent(StoryJson.fromJson(last.getSnapshot()), current)) {
            return Optional.empty();
        }
        return Optional.of(new RevisionInfo(id, last.getNumber(), last.getSavedAt().toInstant(), last.getSavedBy(),
                last.getHeadline()));
    }

    /** Same slug, metadata, roster and transcript: what a bundle is made of (status, version and times aside). */
    static boolean sameContent(Story a, Story b) {
        return StoryJson.toJson(contentOf(a)).equals(StoryJson.toJson(contentOf(b)));
    }

    private static Story contentOf(Story s) {
        return new Story(s.id(), s.slug(), Status.DRAFT, s.metadata(), s.speakers(), s.paragraphs(), 0, 1,
                java.time.Instant.EPOCH, java.time.Instant.EPOCH);
    }

    /** Makes a revision's content the story's current content (the revision itself stays). */
    public Story restoreRevision(UUID id, long expectedVersion, int number) {
        Story snapshot = revision(id, number);
        write(tx -> {
            long version = bumpContent(tx, id, expectedVersion);
            StoryRecord row = tx.selectFrom(STORY).where(STORY.ID.eq(id)).fetchOne();
            applyMetadata(row, snapshot.metadata());
            row.store();
            tx.deleteFrom(SPEAKER).where(SPEAKER.STORY_ID.eq(id)).execute();
            insertSpeakers(tx, id, snapshot.speakers());
            tx.deleteFrom(PARAGRAPH).where(PARAGRAPH.STORY_ID.eq(id)).execute();
            ParagraphBatch rows = new ParagraphBatch(id, version);
            List<Paragraph> paragraphs = snapshot.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                rows.add(paragraphs.get(i), (i + 1) * ORD_GAP);
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
    private long bumpContent(DSLContext tx, UUID id, long expected) {
        long version = bumpVersion(tx, id, expected);
        if (signOff != null) {
            signOff.afterContentChange(tx, id, Status.valueOf(tx.select(STORY.STATUS).from(STORY)
                    .where(STORY.ID.eq(id)).fetchOne(STORY.STATUS)));
        }
        return version;
    }

    private long bumpVersion(DSLContext tx, UUID id, long expected) {
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

    private void insertParagraphs(DSLContext tx, UUID id, long version, TranscriptEdit edit) {
        List<TranscriptEdit.Insertion> ins = edit.inserted();
        // Insertions form one run between the same two neighbours (see TranscriptEdit.between).
        Long before = ordOf(tx, ins.get(0).beforeId());
        Long after = ordOf(tx, ins.get(0).afterId());
        int k = ins.size();
        long low;
        long step;
        if (before == null) {
            low = after == null ? 0 : after;
            step = ORD_GAP;
        } else {
            low = after == null ? before - (k + 1) * ORD_GAP : after;
            step = (before - low) / (k + 1);
        }
        if (step < 1) {
            renumber(tx, id, version, edit);
            return;
        }
        ParagraphBatch rows = new ParagraphBatch(id, version);
        for (int i = 0; i < k; i++) {
            rows.add(ins.get(i).paragraph(), low + (i + 1) * step);
        }
        rows.insert(tx);
    }

    /** No room between two sort keys: rewrite all keys from the edit's full result. */
    private void renumber(DSLContext tx, UUID id, long version, TranscriptEdit edit) {
        Map<String, Paragraph> fresh = new HashMap<>();
        edit.inserted().forEach(i -> fresh.put(i.paragraph().id(), i.paragraph()));
        List<Paragraph> all = edit.result();
        ParagraphBatch rows = new ParagraphBatch(id, version);
        for (int i = 0; i < all.size(); i++) {
            Paragraph p = all.get(i);
            long ord = (i + 1) * ORD_GAP;
            if (fresh.containsKey(p.id())) {
                rows.add(p, ord);
            } else {
                tx.update(PARAGRAPH).set(PARAGRAPH.ORD, ord).where(PARAGRAPH.ID.eq(UUID.fromString(p.id()))).execute();
            }
        }
        rows.insert(tx);
    }

    private Long ordOf(DSLContext tx, String paragraphId) {
        if (paragraphId == null) {
            return null;
        }
        return tx.select(PARAGRAPH.ORD).from(PARAGRAPH).where(PARAGRAPH.ID.eq(UUID.fromString(paragraphId)))
                .fetchOne(PARAGRAPH.ORD);
    }

    private static Long startMillis(Paragraph p) {
        return p.start() == null ? null : p.start().toMillis();
    }

    static void insertSpeakers(DSLContext tx, UUID id, List<Speaker> speakers) {
        for (int i = 0; i < speakers.size(); i++) {
            Speaker s = speakers.get(i);
            tx.insertInto(SPEAKER)
                    .set(SPEAKER.STORY_ID, id)
                    .set(SPEAKER.SPEAKER_KEY, s.key())
                    .set(SPEAKER.POSITION, i)
                    .set(SPEAKER.LABEL, s.label())
                    .set(SPEAKER.FULL_NAME, s.fullName())
                    .set(SPEAKER.TITLE, s.title())
                    .set(SPEAKER.ROLE, s.role().name())
                    .execute();
        }
    }

    static void applyMetadata(StoryRecord row, Metadata m) {
        row.setHeadline(m.headline());
        row.setKicker(m.kicker());
        row.setSubtitle(m.subtitle());
        row.setSummary(m.summary());
        row.setSource(m.source());
        row.setAuthors(m.authors().toArray(String[]::new));
        row.setEditor(m.editor());
        row.setTimeZone(m.timeZone().getId());
        row.setPublishTime(m.publishTime() == null ? null
                : m.publishTime().withZoneSameInstant(m.timeZone()).toLocalDateTime());
        row.setChannels(m.channels().toArray(String[]::new));
        row.setKeywords(m.keywords().toArray(String[]::new));
        Series s = m.series();
        row.setSeriesId(s == null ? null : s.id());
        row.setSeriesName(s == null ? null : s.name());
        row.setPartNumber(s == null ? null : s.part());
        row.setPartsTotal(s == null ? null : s.total());
        row.setInternalNote(m.internalNote());
        row.setEmbargoUntil(m.embargoUntil() == null ? null
                : m.embargoUntil().withZoneSameInstant(m.timeZone()).toLocalDateTime());
    }

    static Story toStory(StoryRecord r, List<Speaker> speakers, List<Paragraph> paragraphs) {
        ZoneId zone = ZoneId.of(r.getTimeZone());
        Series series = r.getPartNumber() == null && r.getSeriesId() == null ? null
                : new Series(r.getSeriesId(), r.getSeriesName(), r.getPartNumber() == null ? 1 : r.getPartNumber(),
                        r.getPartsTotal());
        Metadata m = new Metadata(r.getHeadline(), r.getKicker(), r.getSubtitle(), r.getSummary(), r.getSource(),
                list(r.getAuthors()), r.getEditor(), zoned(r.getPublishTime(), zone), zone,
                list(r.getChannels()), list(r.getKeywords()), series, r.getInternalNote(),
                zoned(r.getEmbargoUntil(), zone));
        return new Story(r.getId(), r.getSlug(), Status.valueOf(r.getStatus()), m, speakers, paragraphs,
                r.getRevision(), r.getVersion(), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant());
    }

    Story findIn(DSLContext tx, UUID id) {
        StoryRecord row = tx.selectFrom(STORY).where(STORY.ID.eq(id)).fetchOne();
        if (row == null) {
            return null;
        }
        List<Speaker> speakers = tx.selectFrom(SPEAKER).where(SPEAKER.STORY_ID.eq(id)).orderBy(SPEAKER.POSITION)
                .fetch(s -> new Speaker(s.getSpeakerKey(), s.getLabel(), s.getFullName(), s.getTitle(),
                        SpeakerRole.valueOf(s.getRole())));
        return toStory(row, speakers, paragraphsOf(tx, id));
    }

    /**
     * A story's paragraphs in order. jOOQ builds the query, but the rows (thousands) are read
     * straight from the result set: making a jOOQ record per row cost more than the query
     * itself (see the store benchmark).
     */
    private static List<Paragraph> paragraphsOf(DSLContext tx, UUID storyId) {
        try (ResultSet rs = tx.select(PARAGRAPH.ID, PARAGRAPH.SPEAKER_KEY, PARAGRAPH.BODY, PARAGRAPH.STYLE_RUNS,
                        PARAGRAPH.START_MS)
                .from(PARAGRAPH).where(PARAGRAPH.STORY_ID.eq(storyId)).orderBy(PARAGRAPH.ORD).fetchResultSet()) {
            List<Paragraph> out = new ArrayList<>();
            while (rs.next()) {
                Object start = rs.getObject(5);
                out.add(new Paragraph(rs.getString(1), rs.getString(2), StyleRuns.decode(rs.getString(3), rs.getString(4)),
                        start == null ? null : java.time.Duration.ofMillis(((Number) start).longValue())));
            }
            return out;
        } catch (SQLException e) {
            throw new DataAccessException("Reading the paragraphs of story " + storyId + " failed", e);
        }
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }

    private static ZonedDateTime zoned(LocalDateTime t, ZoneId zone) {
        return t == null ? null : t.atZone(zone);
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

    private static StoreException stale(UUID id) {
        return new StoreException(StoreException.Problem.STALE,
                "Story " + id + " was changed elsewhere since it was opened");
    }

    private static StoreException notFound(UUID id) {
        return new StoreException(StoreException.Problem.NOT_FOUND, "No story with id " + id);
    }
}
