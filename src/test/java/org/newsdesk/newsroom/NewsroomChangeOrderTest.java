package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A pull reads the changes after the newest change number it has seen, so change numbers must
 * become visible in their order. Two pushes at once: the one numbered first (slowed here by a
 * row lock, as a slow network or a busy server would) committed after the other, and a
 * workstation that pulled in between never saw it.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomChangeOrderTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;

    @Test
    void aPushThatCommitsLateIsStillPulledByAWorkstationThatPulledMeanwhile() throws Exception {
        String url = postgres.newNewsroomDatabase();
        try (Station a = new Station(folders, "a", url, null);
             Station b = new Station(folders, "b", url, null);
             Station c = new Station(folders, "c", url, null);
             Connection holder = DriverManager.getConnection(url);
             Connection watcher = DriverManager.getConnection(url)) {
            UUID x = story(a, "甲");
            UUID y = story(a, "乙");
            a.sync();
            b.sync();
            c.sync();
            a.edit(x, 0, "开头。A1。");
            b.edit(y, 0, "开头。B1。");

            // a's push of x waits for a lock someone else holds on x's row
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("select 1 from story where id = ? for update")) {
                lock.setObject(1, x);
                lock.executeQuery().close();
            }
            CompletableFuture<SyncReport> slow = CompletableFuture.supplyAsync(a::sync);
            waitForALockWait(watcher);
            // meanwhile b pushes y and c pulls it
            assertThat(b.sync().pushed()).isEqualTo(1);
            c.sync();
            assertThat(c.texts(y).get(0)).isEqualTo("开头。B1。");
            holder.rollback();
            assertThat(slow.join().pushed()).isEqualTo(1);

            c.sync();
            assertThat(c.texts(x).get(0)).isEqualTo("开头。A1。");
        }
    }

    /** Waits (reading outside any transaction: the activity view is read once per transaction) until a session waits for a lock. */
    private static void waitForALockWait(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                try (ResultSet r = s.executeQuery("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and wait_event_type = 'Lock'")) {
                    r.next();
                    return r.getInt(1) > 0;
                }
            });
        }
    }

    private static UUID story(Station w, String name) {
        return w.store.stories().create(Metadata.withHeadline("街坊故事" + name), List.of(),
                List.of(Paragraph.narration("开头。"), Paragraph.narration("结尾。"))).id();
    }
}
