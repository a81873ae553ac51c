package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC access to a store's H2 file, for checks below the repository. Only usable
 * while no {@link Store} has the folder open.
 */
final class RawDatabase {

    private RawDatabase() {
    }

    static Connection connect(Path folder) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:file:" + folder.resolve(Store.DATABASE_NAME).toAbsolutePath(), "sa", "");
    }

    static long count(Path folder, String sql, Object... args) throws SQLException {
        try (Connection c = connect(folder); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row. */
    static List<String> column(Path folder, String sql, Object... args) throws SQLException {
        try (Connection c = connect(folder); PreparedStatement ps = prepare(c, sql, args);
             ResultSet rs = ps.executeQuery()) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    static int update(Path folder, String sql, Object... args) throws SQLException {
        try (Connection c = connect(folder); PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
