package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.STORY;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;
import org.newsdesk.store.jooq.tables.records.StoryRecord;

/**
 * Stories new to this workstation with their bodies, pulled from the newsroom in bulk (a first
 * join when every body is kept offline): one transaction per batch, each table written with one
 * prepared statement and batched bind values; the batch's change numbers are drawn in one
 * statement, so each row is written with its own and its base records it without reading the
 * row back. Writing them one transaction a story took two hundred times as long as reading them.
 */
final class ReplicaJoin {

    private static final String PARAGRAPH_INSERT = "insert into paragraph"
            + " (id, story_id, ord, speaker_key, body, style_runs, start_ms, written_version) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SPEAKER_INSERT = "insert into speaker"
            + " (story_id, speaker_key, position, label, full_name, title, role) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String BASE_INSERT = "insert into newsroom_base (story_id, server_version, snapshot,"
            + " local_change_seq) values (?, ?, ?, ?)";
    /** Change numbers for a whole batch in one statement: each row then carries its own, and its base knows it. */
    private static final String CHANGE_NUMBERS = "select next value for story_change_seq from system_range(1, ?)";

    private ReplicaJoin() {
    }

    /**
     * Inserts every story, with its body and base, inside {@code t}'s transaction; none of them
     * may exist here (stories joined without their body go to {@link ListedStories}).
     */
    static void insert(DSLContext t, List<NewsroomReplica.Joined> stories, Clock clock) {
        if (stories.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long[] changeSeqs = changeNumbers(t, stories.size());
        List<StoryRecord> rows = new ArrayList<>(stories.size());
        for (NewsroomReplica.Joined j : stories) {
            Story s = j.story();
            StoryRecord row = t.newRecord(STORY);
            row.setId(s.id());
            row.setChangeSeq(changeSeqs[rows.size()]);
            row.setSlug(s.slug());
            row.setStatus(s.status().name());
            row.setRevision(0);
            row.setVersion(1L);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            row.setDeletedAt(j.trashed() ? now : null);
            StoryRows.applyMetadata(row, s.metadata());
            if (j.changedBy() != null) {
                row.setContentBy(j.changedBy());
            }
            rows.add(row);
        }
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> f : STORY.fields()) {
            // every column any of the rows sets (the rest keep their defaults)
            if (rows.stream().anyMatch(r -> r.changed(f))) {
                columns.add(f);
            }
        }
        String storyInsert = "insert into story (" + String.join(", ", columns.stream().map(Field::getName).toList())
                + ") values (" + String.join(", ", columns.stream().map(f -> "?").toList()) + ")";
        t.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(storyInsert)) {
                for (StoryRecord row : rows) {
                    for (int i = 0; i < columns.size(); i++) {
                        ps.setObject(i + 1, row.get(columns.get(i)));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement speakers = c.prepareStatement(SPEAKER_INSERT);
                 PreparedStatement paragraphs = c.prepareStatement(PARAGRAPH_INSERT)) {
                int pending = 0;
                for (NewsroomReplica.Joined j : stories) {
                    pending += addSpeakers(speakers, j.story());
                    pending += addParagraphs(paragraphs, j.story());
                    if (pending >= ParagraphBatch.ROWS_PER_BATCH) {
                        speakers.executeBatch();
                        paragraphs.executeBatch();
                        pending = 0;
                    }
                }
                speakers.executeBatch();
                paragraphs.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement(BASE_INSERT)) {
                for (int i = 0; i < stories.size(); i++) {
                    NewsroomReplica.Joined j = stories.get(i);
                    ps.setObject(1, j.story().id());
                    ps.setLong(2, j.serverVersion());
                    ps.setString(3, j.snapshot());
                    ps.setLong(4, changeSeqs[i]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** {@code count} numbers of the story change sequence, in order, in one statement. */
    static long[] changeNumbers(DSLContext t, int count) {
        long[] out = new long[count];
        t.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(CHANGE_NUMBERS)) {
                ps.setInt(1, count);
                try (java.sql.ResultSet r = ps.executeQuery()) {
                    for (int i = 0; i < count && r.next(); i++) {
                        out[i] = r.getLong(1);
                    }
                }
            }
        });
        return out;
    }

    private static int addSpeakers(PreparedStatement ps, Story s) throws SQLException {
        List<Speaker> speakers = s.speakers();
        for (int i = 0; i < speakers.size(); i++) {
            Speaker sp = speakers.get(i);
            ps.setObject(1, s.id());
            ps.setString(2, sp.key());
            ps.setInt(3, i);
            ps.setString(4, sp.label());
            ps.setString(5, sp.fullName());
            ps.setString(6, sp.title());
            ps.setString(7, sp.role().name());
            ps.addBatch();
        }
        return speakers.size();
    }

    private static int addParagraphs(PreparedStatement ps, Story s) throws SQLException {
        List<Paragraph> paragraphs = s.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            ps.setObject(1, UUID.fromString(p.id()));
            ps.setObject(2, s.id());
            ps.setLong(3, (i + 1) * ParagraphRows.ORD_GAP);
            ps.setString(4, p.speakerKey());
            ps.setString(5, p.text());
            ps.setString(6, StyleRuns.encode(p.spans()));
            if (p.start() == null) {
                ps.setNull(7, java.sql.Types.BIGINT);
            } else {
                ps.setLong(7, p.start().toMillis());
            }
            ps.setLong(8, 1L);
            ps.addBatch();
        }
        return paragraphs.size();
    }
}
