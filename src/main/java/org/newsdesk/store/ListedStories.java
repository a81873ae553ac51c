package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.NEWSROOM_BASE;
import static org.newsdesk.store.jooq.Tables.NEWSROOM_LISTED;
import static org.newsdesk.store.jooq.Tables.STORY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Series;
import org.newsdesk.model.Story;
import org.newsdesk.store.jooq.tables.records.NewsroomListedRecord;
import org.newsdesk.store.jooq.tables.records.StoryRecord;

/**
 * Newsroom stories only listed here: joined, never opened, kept offline or changed here. Their
 * rows are narrow (what the library shows and filters by, the server's metadata as it came, the
 * server version), have no index beyond the id and no checks, and are written in bulk, so a first
 * join of a large newsroom costs little more than reading it. Every reader of a story by id falls
 * back on them (a story without its body, as before); every writer of a story moves the row into
 * the story table first ({@link #promote}), with a base without a snapshot, exactly the state a
 * listed story had before this table existed.
 */
final class ListedStories {

    /** App-state key: the highest change number a listed row was given (the table has no index on it). */
    static final String NEWEST_CHANGE = "newsroom.listedChange";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String INSERT = "insert into newsroom_listed (id, slug, status, headline, editor, series_id,"
            + " series_name, part_number, parts_total, channels, metadata, version, server_version, change_seq,"
            + " content_by, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)";

    private ListedStories() {
    }

    /**
     * Inserts rows for stories not here yet in one batch, each with a change number of its own
     * (drawn in one statement, in the server's order). The rows go in in the order of their ids:
     * the table's key index then takes each batch along its pages instead of at random places
     * (less of H2's work per row, and fewer pages to write at the commit).
     */
    static void insert(DSLContext t, List<NewsroomReplica.Listed> rows, Clock clock) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long[] changeSeqs = ReplicaJoin.changeNumbers(t, rows.size());
        Integer[] byId = new Integer[rows.size()];
        Arrays.setAll(byId, i -> i);
        Arrays.sort(byId, Comparator.comparing(i -> rows.get(i).id()));
        t.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int i : byId) {
                    NewsroomReplica.Listed row = rows.get(i);
                    ListedColumns columns = row.columns();
                    Series series = columns.series();
                    ps.setObject(1, row.id());
                    ps.setString(2, row.slug());
                    ps.setString(3, row.status().name());
                    ps.setString(4, columns.headline());
                    ps.setString(5, columns.editor());
                    ps.setString(6, series == null ? null : series.id());
                    ps.setString(7, series == null ? null : series.name());
                    ps.setObject(8, series == null ? null : series.part());
                    ps.setObject(9, series == null ? null : series.total());
                    ps.setObject(10, columns.channels().toArray(String[]::new));
                    ps.setString(11, row.metadataJson());
                    ps.setLong(12, row.serverVersion());
                    ps.setLong(13, changeSeqs[i]);
                    ps.setString(14, row.changedBy() == null ? "" : row.changedBy());
                    ps.setObject(15, now);
                    ps.setObject(16, row.trashed() ? now : null);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        noteChange(t, changeSeqs[changeSeqs.length - 1]);
    }

    /** The listed row of a story, or null when it is not (only) listed. */
    static NewsroomListedRecord row(DSLContext t, UUID id) {
        return t.selectFrom(NEWSROOM_LISTED).where(NEWSROOM_LISTED.ID.eq(id)).fetchOne();
    }

    /** The story without its body as the listed row has it, or null when there is none. */
    static Story find(DSLContext t, UUID id) {
        NewsroomListedRecord row = row(t, id);
        return row == null ? null : StoryRows.toStory(storyRecord(t, row), List.of(), List.of());
    }

    /** What the library's listed row holds, as a story row that is not stored (readers of a story's row use it). */
    static StoryRecord storyRecord(DSLContext t, NewsroomListedRecord row) {
        Story s = story(row);
        StoryRecord r = t.newRecord(STORY);
        r.setId(row.getId());
        r.setSlug(row.getSlug());
        r.setStatus(row.getStatus());
        r.setRevision(0);
        r.setVersion(row.getVersion());
        r.setCreatedAt(row.getUpdatedAt());
        r.setUpdatedAt(row.getUpdatedAt());
        r.setDeletedAt(row.getDeletedAt());
        r.setContentBy(row.getContentBy());
        r.setCorrectionPending(false);
        r.setCorrectionNote("");
        StoryRows.applyMetadata(r, s.metadata());
        return r;
    }

    private static Story story(NewsroomListedRecord row) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", row.getId().toString());
        n.put("slug", row.getSlug());
        n.put("status", row.getStatus());
        try {
            n.set("metadata", JSON.readTree(row.getMetadata()));
        } catch (JsonProcessingException e) {
            throw new StoreException(StoreException.Problem.CORRUPT, "Listed story " + row.getId() + " has unreadable metadata");
        }
        n.putArray("speakers");
        n.putArray("paragraphs");
        return StoryJson.fromNode(n);
    }

    /**
     * Moves a listed story into the story table (with a base at its server version and no
     * snapshot) before it is written here; false when it is not listed.
     */
    static boolean promote(DSLContext t, UUID id) {
        NewsroomListedRecord listed = row(t, id);
        if (listed == null) {
            return false;
        }
        StoryRecord row = storyRecord(t, listed);
        row.insert(); // with a change number of its own (a later one): the search index sees the move
        Long seq = t.select(STORY.CHANGE_SEQ).from(STORY).where(STORY.ID.eq(id)).fetchOne(STORY.CHANGE_SEQ);
        t.insertInto(NEWSROOM_BASE).set(NEWSROOM_BASE.STORY_ID, id)
                .set(NEWSROOM_BASE.SERVER_VERSION, listed.getServerVersion())
                .set(NEWSROOM_BASE.SNAPSHOT, (String) null).set(NEWSROOM_BASE.LOCAL_CHANGE_SEQ, seq).execute();
        t.deleteFrom(NEWSROOM_LISTED).where(NEWSROOM_LISTED.ID.eq(id)).execute();
        return true;
    }

    /**
     * Moves every listed story that may name {@code name} (as its source, editor or one of its
     * authors) into the story table, so that a rename of the name writes it here and pushes it,
     * as it does every other story. The metadata is matched as JSON text, which may move a story
     * that only mentions the name elsewhere: that costs a row, never a change.
     */
    static void promoteNaming(DSLContext t, String name) {
        String asJson;
        try {
            asJson = JSON.writeValueAsString(name);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        List<UUID> ids = t.select(NEWSROOM_LISTED.ID).from(NEWSROOM_LISTED)
                .where(NEWSROOM_LISTED.EDITOR.eq(name).or(NEWSROOM_LISTED.METADATA.contains(asJson)))
                .fetch(NEWSROOM_LISTED.ID);
        ids.forEach(id -> promote(t, id));
    }

    /** The source, editor and authors of every listed story, one call each (the name directory's counts). */
    static void forEachNames(DSLContext t, NameUser user) {
        t.select(NEWSROOM_LISTED.EDITOR, NEWSROOM_LISTED.METADATA).from(NEWSROOM_LISTED).fetchSize(1000).forEach(r -> {
            try {
                JsonNode m = JSON.readTree(r.value2());
                List<String> authors = new ArrayList<>();
                m.path("authors").forEach(a -> authors.add(a.asText("")));
                user.names(m.path("source").asText(""), r.value1(), authors.toArray(String[]::new));
            } catch (JsonProcessingException e) {
                throw new StoreException(StoreException.Problem.CORRUPT, "A listed story has unreadable metadata");
            }
        });
    }

    /** Receives one story's names. */
    @FunctionalInterface
    interface NameUser {
        void names(String source, String editor, String[] authors);
    }

    /**
     * Replaces a listed story's metadata with the server's (a pull) if its version is still
     * {@code expectedVersion}; false when the story is not in this table.
     */
    static boolean update(DSLContext t, Story metadata, String metadataJson, long expectedVersion, long serverVersion,
                          boolean trashed, String changedBy, OffsetDateTime now) {
        NewsroomListedRecord row = row(t, metadata.id());
        if (row == null) {
            return false;
        }
        if (row.getVersion() != expectedVersion) {
            throw new StoreException(StoreException.Problem.STALE,
                    "Story " + metadata.id() + " was changed here while its metadata was pulled");
        }
        long seq = ReplicaJoin.changeNumbers(t, 1)[0];
        Series series = metadata.metadata().series();
        row.setSlug(metadata.slug());
        row.setStatus(metadata.status().name());
        row.setHeadline(metadata.metadata().headline());
        row.setEditor(metadata.metadata().editor());
        row.setSeriesId(series == null ? null : series.id());
        row.setSeriesName(series == null ? null : series.name());
        row.setPartNumber(series == null ? null : series.part());
        row.setPartsTotal(series == null ? null : series.total());
        row.setChannels(metadata.metadata().channels().toArray(String[]::new));
        row.setMetadata(metadataJson);
        row.setVersion(expectedVersion + 1);
        row.setServerVersion(serverVersion);
        row.setChangeSeq(seq);
        if (changedBy != null) {
            row.setContentBy(changedBy);
        }
        row.setUpdatedAt(now);
        row.setDeletedAt(trashed ? (row.getDeletedAt() == null ? now : row.getDeletedAt()) : null);
        row.store();
        noteChange(t, seq);
        return true;
    }

    /** The highest change number a listed row was given (0: none). */
    static long newestChange(DSLContext t) {
        return AppStateRepository.value(t, NEWEST_CHANGE).map(Long::parseLong).orElse(0L);
    }

    private static void noteChange(DSLContext t, long seq) {
        AppStateRepository.put(t, NEWEST_CHANGE, Long.toString(seq));
    }

    /** The server version a listed story is at, if it is listed. */
    static Optional<Long> serverVersion(DSLContext t, UUID id) {
        return t.select(NEWSROOM_LISTED.SERVER_VERSION).from(NEWSROOM_LISTED).where(NEWSROOM_LISTED.ID.eq(id))
                .fetchOptional(NEWSROOM_LISTED.SERVER_VERSION);
    }
}
