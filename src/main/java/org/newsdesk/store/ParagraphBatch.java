package org.newsdesk.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.newsdesk.model.Paragraph;

/**
 * New paragraph rows of one story, inserted with one prepared statement and batched bind
 * values on the transaction's own connection. Handing jOOQ a list of records made it handle
 * every record on its own (a 10 MB transcript's 20,000 paragraphs took most of an import).
 */
final class ParagraphBatch {

    /** Rows sent to the database per round trip: bounds the driver's buffered values. */
    static final int ROWS_PER_BATCH = 1_000;

    private static final String INSERT = "insert into paragraph"
            + " (id, story_id, ord, speaker_key, body, style_runs, start_ms, written_version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final UUID storyId;
    private final long version;
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Long> ords = new ArrayList<>();

    ParagraphBatch(UUID storyId, long version) {
        this.storyId = storyId;
        this.version = version;
    }

    void add(Paragraph p, long ord) {
        paragraphs.add(p);
        ords.add(ord);
    }

    /** Inserts the rows inside {@code tx}'s transaction. */
    void insert(DSLContext tx) {
        if (paragraphs.isEmpty()) {
            return;
        }
        tx.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (int i = 0; i < paragraphs.size(); i++) {
                    bind(ps, paragraphs.get(i), ords.get(i));
                    ps.addBatch();
                    if ((i + 1) % ROWS_PER_BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                if (paragraphs.size() % ROWS_PER_BATCH != 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    private void bind(PreparedStatement ps, Paragraph p, long ord) throws SQLException {
        ps.setObject(1, UUID.fromString(p.id()));
        ps.setObject(2, storyId);
        ps.setLong(3, ord);
        ps.setString(4, p.speakerKey());
        ps.setString(5, p.text());
        ps.setString(6, StyleRuns.encode(p.spans()));
        if (p.start() == null) {
            ps.setNull(7, Types.BIGINT);
        } else {
            ps.setLong(7, p.start().toMillis());
        }
        ps.setLong(8, version);
    }
}
