package org.newsdesk.store.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A dedicated connection that listens for the newsroom's notifications (PostgreSQL
 * LISTEN/NOTIFY): {@link #CHANGES} when a push is recorded, {@link #DESK} when someone opens a
 * story or hands one over. A workstation waits on it between syncs.
 */
public final class ServerNotifications implements AutoCloseable {

    public static final String CHANGES = "newsroom_change";
    public static final String DESK = "newsroom_presence";

    private final Connection connection;
    private final PGConnection pg;

    private ServerNotifications(Connection connection) throws SQLException {
        this.connection = connection;
        this.pg = connection.unwrap(PGConnection.class);
        try (Statement s = connection.createStatement()) {
            s.execute("listen " + CHANGES);
            s.execute("listen " + DESK);
        }
    }

    /** Opens the listening connection with the editor's login. */
    public static ServerNotifications listen(String url, String user, String password) {
        Connection c = ServerLibrary.open(url, user, password);
        try {
            return new ServerNotifications(c);
        } catch (SQLException e) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already broken
            }
            throw new ServerException(ServerException.Problem.UNREACHABLE, "Cannot listen on the newsroom server: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Waits up to {@code timeout} for notifications and returns their channels (empty: none came).
     *
     * @throws ServerException UNREACHABLE when the connection broke
     */
    public List<String> await(Duration timeout) {
        try {
            PGNotification[] got = pg.getNotifications((int) Math.max(1, timeout.toMillis()));
            List<String> channels = new ArrayList<>();
            if (got != null) {
                for (PGNotification n : got) {
                    channels.add(n.getName());
                }
            }
            return channels;
        } catch (SQLException e) {
            throw new ServerException(ServerException.Problem.UNREACHABLE, "The newsroom server went away: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a broken connection: nothing left to release
        }
    }
}
