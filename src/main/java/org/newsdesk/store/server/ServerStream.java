package org.newsdesk.store.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Stories read from the server in bulk with bare JDBC: a pull streamed through a cursor (a
 * first join reads the whole library), each chunk's paragraphs read only for the stories that
 * need them, a handful of stories by id with their bodies (opening stories not yet here), and one
 * story as it is now in one statement.
 */
final class ServerStream {

    private static final String STORY_COLUMNS = "select id, slug, status, metadata::text, roster::text, version,"
            + " change_seq, updated_by, deleted_at is not null from story";

    private final Connection connection;

    ServerStream(Connection connection) {
        this.connection = connection;
    }

    /**
     * Every story pushed after change {@code seq}, oldest change first, read through a cursor
     * {@code chunk} at a time; each chunk is handed over before the next is read, so memory stays
     * bounded. Paragraphs are read for the stories {@code withBodies} names in each chunk; the
     * others come with none. All chunks come from one snapshot (one read-only transaction).
     */
    void changedSince(long seq, int chunk, Function<List<UUID>, Set<UUID>> withBodies, Consumer<List<ServerStory>> each) {
        inSnapshot(() -> {
            try (PreparedStatement stories = connection.prepareStatement(STORY_COLUMNS
                    + " where change_seq > ? order by change_seq")) {
                stories.setFetchSize(chunk);
                stories.setLong(1, seq);
                List<Object[]> rows = new ArrayList<>(chunk);
                try (ResultSet r = stories.executeQuery()) {
                    while (r.next()) {
                        rows.add(row(r));
                        if (rows.size() == chunk) {
                            each.accept(withParagraphs(rows, withBodies));
                            rows.clear();
                        }
                    }
                }
                if (!rows.isEmpty()) {
                    each.accept(withParagraphs(rows, withBodies));
                }
            }
            return null;
        });
    }

    /** These stories as the server holds them now, with their paragraphs, in one snapshot. */
    List<ServerStory> stories(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inSnapshot(() -> {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(STORY_COLUMNS + " where id = any (?)")) {
                ps.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        rows.add(row(r));
                    }
                }
            }
            return withParagraphs(rows, list -> new java.util.HashSet<>(list));
        });
    }

    /**
     * The story as the server holds it now, with its paragraphs: one statement (the story row
     * joined with its paragraphs), so the row and the paragraphs come from one snapshot, never
     * the row of one push with the paragraphs of the next.
     */
    Optional<ServerStory> current(UUID id) {
        try (PreparedStatement ps = connection.prepareStatement("select s.slug, s.status, s.metadata::text,"
                + " s.roster::text, s.version, s.change_seq, s.updated_by, s.deleted_at is not null, p.id, p.speaker_key,"
                + " p.body, p.spans::text, p.start_ms, p.version from story s left join paragraph p on p.story_id = s.id"
                + " where s.id = ? order by p.position")) {
            ps.setObject(1, id);
            try (ResultSet r = ps.executeQuery()) {
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

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T inSnapshot(Work<T> work) {
        try {
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement snapshot = connection.createStatement()) {
                // one round trip, for this transaction only (the session's isolation stays as it is)
                snapshot.execute("set transaction isolation level repeatable read, read only");
            }
            try {
                T out = work.run();
                connection.commit();
                return out;
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

    private static ServerException refused(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return new ServerException(state.startsWith("08") ? ServerException.Problem.UNREACHABLE
                : "42501".equals(state) ? ServerException.Problem.REFUSED : ServerException.Problem.FAILED,
                "The newsroom server refused: " + e.getMessage(), e);
    }

    private static Object[] row(ResultSet r) throws SQLException {
        return new Object[] {r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
            r.getString(5), r.getLong(6), r.getLong(7), r.getString(8), r.getBoolean(9)};
    }

    private List<ServerStory> withParagraphs(List<Object[]> rows, Function<List<UUID>, Set<UUID>> withBodies)
            throws SQLException {
        Set<UUID> wanted = withBodies.apply(rows.stream().map(r -> (UUID) r[0]).toList());
        Map<UUID, List<ServerParagraph>> paragraphs = new HashMap<>();
        if (!wanted.isEmpty()) {
            try (PreparedStatement ps = connection.prepareStatement("select story_id, id, speaker_key, body,"
                    + " spans::text, start_ms, version from paragraph where story_id = any (?) order by story_id, position")) {
                ps.setArray(1, connection.createArrayOf("uuid", wanted.toArray()));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        long start = r.getLong(6);
                        Long startMs = r.wasNull() ? null : start;
                        paragraphs.computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>()).add(
                                new ServerParagraph(r.getObject(2, UUID.class).toString(), r.getString(3), r.getString(4),
                                        r.getString(5), startMs, r.getLong(7)));
                    }
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
}
