package org.newsdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Fills a store with many plain stories in one statement, for tests of a large library (the
 * repository's create would take minutes for 100,000). The store must be closed meanwhile.
 */
public final class LibrarySeed {

    private LibrarySeed() {
    }

    /**
     * Adds {@code count} stories: headline "第N篇訪談", one of three editors, every tenth one
     * a part of a ten-part series, updated one second apart.
     */
    public static void insert(Path folder, int count) throws SQLException {
        try (Store created = TestStores.fresh(folder)) {
            // migrated
        }
        String sql = "insert into story (id, slug, headline, editor, series_id, series_name, part_number, parts_total,"
                + " created_at, updated_at)"
                + " select random_uuid(), 'story-' || x, '第' || x || '篇訪談',"
                + " case mod(x, 3) when 0 then '張令沛' when 1 then '趙編輯' else '' end,"
                + " case when mod(x, 10) = 0 then 'series-' || (x / 100) end,"
                + " case when mod(x, 10) = 0 then '系列' || (x / 100) end,"
                + " case when mod(x, 10) = 0 then mod(x / 10, 10) + 1 end,"
                + " case when mod(x, 10) = 0 then 10 end,"
                + " timestamp with time zone '2026-01-01 00:00:00+00',"
                + " dateadd(second, x, timestamp with time zone '2026-01-01 00:00:00+00')"
                + " from system_range(1, ?)";
        try (Connection c = RawDatabase.connect(folder); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, count);
            ps.executeUpdate();
        }
    }
}
