package org.newsdesk.store.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading stories with their paragraphs from the newsroom server over plain JDBC, each read
 * from one snapshot: a story row is never paired with the paragraphs of a later push.
 */
final class ServerStoryReads {

    private final Connection connection;

    ServerStoryReads(Connection connection) {
        this.connection = connection;
    }

    /**
     * As {@link ServerLibrary#changedSince(long)}, streamed for a large pull (a first join of a whole
     * library): the stories are read through a cursor, {@code chunk} at a time, each chunk
     * handed over with its paragraphs before the next is read, so memory stays bounded. All
     * chunks come from one snapshot of the server (one read-only transaction).
     */
    void changedSince(long seq, int chunk, java.util.function.Consumer<List<ServerStory>> each) {
        try {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (java.sql.Statement snapshot = connection.createStatement()) {
                // one round trip, for this transaction only (the session's isolation stays as it is)
                snapshot.execute("set transaction isolation level repeatable read, read only");
            }
            try (java.sql.PreparedStatement stories = connection.prepareStatement("select id, slug, status, metadata::text,"
                    + " roster::text, version, change_seq, updated_by, deleted_at is not null from story"
                    + " where change_seq > ? order by change_seq")) {
                stories.setFetchSize(chunk);
                stories.setLong(1, seq);
                List<Object[]> rows = new ArrayList<>(chunk);
                try (java.sql.ResultSet r = stories.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Object[] {r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getLong(6), r.getLong(7), r.getString(8), r.getBoolean(9)});
                        if (rows.size() == chunk) {
                            each.accept(withParagraphs(rows));
                            rows.clear();
                        }
                    }
                }
                if (!rows.isEmpty()) {
                    each.accept(withParagraphs(rows));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    private List<ServerStory> withParagraphs(List<Object[]> rows) throws SQLException {
        Map<UUID, List<ServerParagraph>> paragraphs = new HashMap<>();
        try (java.sql.PreparedStatement ps = connection.prepareStatement("select story_id, id, speaker_key, body,"
                + " spans::text, start_ms, version from paragraph where story_id = any (?) order by story_id, position")) {
            ps.setArray(1, connection.createArrayOf("uuid", rows.stream().map(r -> r[0]).toArray()));
            try (java.sql.ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long start = r.getLong(6);
                    Long startMs = r.wasNull() ? null : start;
                    paragraphs.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>()).add(new ServerParagraph(
                            r.getObject(2, UUID.class).toString(), r.getString(3), r.getString(4), r.getString(5),
                            startMs, r.getLong(7)));
                }
            }
        }
        List<ServerStory> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            out.add(new ServerStory(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    paragraphs.getOrDefault(id, List.of()), (Long) r[5], (Long) r[6], (String) r[7], (Boolean) r[8]));
        }
        return out;
    }

    /**
     * The story as the server holds it now, with its paragraphs: one statement (the story row
     * joined with its paragraphs), so the row and the paragraphs come from one snapshot, never
     * the row of one push with the paragraphs of the next.
     */
    Optional<ServerStory> current(UUID id) {
        try (java.sql.PreparedStatement ps = connection.prepareStatement("select s.slug, s.status, s.metadata::text,"
                + " s.roster::text, s.version, s.change_seq, s.updated_by, s.deleted_at is not null, p.id, p.speaker_key,"
                + " p.body, p.spans::text, p.start_ms, p.version from story s left join paragraph p on p.story_id = s.id"
                + " where s.id = ? order by p.position")) {
            ps.setObject(1, id);
            try (java.sql.ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                String slug = r.getString(1);
                String status = r.getString(2);
                String metadata = r.getString(3);
                String roster = r.getString(4);
                long version = r.getLong(5);
                long changeSeq = r.getLong(6);
                String updatedBy = r.getString(7);
                boolean trashed = r.getBoolean(8);
                List<ServerParagraph> paragraphs = new ArrayList<>();
                do {
                    UUID pid = r.getObject(9, UUID.class);
                    if (pid != null) {
                        long start = r.getLong(13);
                        Long startMs = r.wasNull() ? null : start;
                        paragraphs.add(new ServerParagraph(pid.toString(), r.getString(10), r.getString(11),
                                r.getString(12), startMs, r.getLong(14)));
                    }
                } while (r.next());
                return Optional.of(new ServerStory(id, slug, status, metadata, roster, paragraphs, version, changeSeq,
                        updatedBy, trashed));
            }
        } catch (SQLException e) {
            throw refused(e);
        }
    }

    private static ServerException refused(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return new ServerException(state.startsWith("08") ? ServerException.Problem.UNREACHABLE
                : "42501".equals(state) ? ServerException.Problem.REFUSED : ServerException.Problem.FAILED,
                "The newsroom server refused: " + e.getMessage(), e);
    }

}
