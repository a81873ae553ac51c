package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.server.ServerLibrary;

/**
 * A conflict that appears in the middle of a sync (the pull a refused push makes) keeps its
 * story from being pushed in that same sync, and a conflict stays open until someone closes it:
 * a later pull that takes the server's content as it is does not drop it. Before, the sync
 * pushed such a story with only this workstation's side of the paragraph (the server lost the
 * other side) and the next plain pull deleted the conflict that still held it: a token lost.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomOpenConflictTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;

    @Test
    void aConflictFoundByThePullOfARefusedPushIsNotPushedAndStaysOpen() throws Exception {
        String url = postgres.newNewsroomDatabase();
        try (Station a = new Station(folders, "a", url, null);
             Station b = new Station(folders, "b", url, null);
             ServerLibrary aServer = ServerLibrary.connect(url, null, null)) {
            UUID x = story(a, "甲");
            UUID y = story(a, "乙");
            UUID z = story(a, "丙");
            a.sync();
            b.sync();

            // a edits x, then y (its pushes go in that order); b changes z, so a's pull has news
            a.edit(x, 0, "A1。开头。");
            a.edit(y, 0, "A2。开头。");
            b.edit(z, 0, "B0。开头。");
            b.sync();

            // while a's sync pulls z, b edits x elsewhere and y at the same place as a, and pushes
            NewsroomSync aSync = new NewsroomSync(a.store, aServer, "a");
            AtomicBoolean once = new AtomicBoolean();
            aSync.holdWhile(id -> {
                if (once.compareAndSet(false, true)) {
                    b.edit(x, 2, "结尾。B1。");
                    b.edit(y, 0, "B2。开头。");
                    b.sync();
                }
                return false;
            });
            SyncReport report = aSync.syncOnce();
            assertThat(once).isTrue();
            // x was refused (b pushed it), its pull merged x cleanly and found y in conflict
            assertThat(report.conflicted()).containsExactly(y);
            assertThat(a.store.newsroom().conflicts(y)).hasSize(1);

            // b pulls, writes on elsewhere in y and pushes; a pulls that
            b.sync();
            b.edit(y, 1, "中间。B3。");
            b.sync();
            aSync.holdWhile(id -> false);
            aSync.syncOnce();

            for (String token : List.of("A1。", "A2。", "B0。", "B1。", "B2。", "B3。")) {
                assertThat(kept(token, List.of(a, b), List.of(x, y, z))).as("token %s kept", token).isTrue();
            }
            // the server kept b's side of y; a's side is in a's conflict, still open
            assertThat(b.texts(y).get(0)).isEqualTo("B2。开头。");
            assertThat(a.store.newsroom().conflicts(y)).hasSize(1);
        }
    }

    private static UUID story(Station w, String name) {
        return w.store.stories().create(Metadata.withHeadline("街坊故事" + name), List.of(),
                List.of(Paragraph.narration("开头。"), Paragraph.narration("中间。"), Paragraph.narration("结尾。"))).id();
    }

    /** Whether some workstation has {@code token} in a story or in an open conflict. */
    private static boolean kept(String token, List<Station> stations, List<UUID> stories) {
        for (Station w : stations) {
            for (UUID id : stories) {
                if (String.join("", w.texts(id)).contains(token)) {
                    return true;
                }
                for (NewsroomReplica.Conflict c : w.store.newsroom().conflicts(id)) {
                    if (String.valueOf(c.mine()).contains(token) || String.valueOf(c.theirs()).contains(token)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
