package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.ChildJvm;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Faults between workstations and a real PostgreSQL: connections cut and delayed by a
 * {@link TcpProxy}, the server crashing and coming back mid-push, a workstation's JVM killed
 * mid-push. Nothing typed is lost and nothing lands twice.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomFaultsTest {

    @RegisterExtension
    static final PostgresPerClass postgres = PostgresPerClass.ownServer();
    @TempDir
    Path folders;
    private String url;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void freshNewsroom() {
        url = postgres.newNewsroomDatabase();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private Station station(String name) throws Exception {
        Station s = new Station(folders, name, url, new TcpProxy(postgres.port()));
        open.add(s);
        return s;
    }

    private static UUID interview(Station w) {
        return w.store.stories().create(Metadata.withHeadline("渡口的早班船"), List.of(),
                List.of(Paragraph.narration("早上六点，第一班渡船离开南岸。"),
                        Paragraph.narration("船老大姓陈，在这条江上跑了三十年。"),
                        Paragraph.narration("他说今年过江的学生比去年多。"))).id();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void offline(Station w) {
        w.proxy.cut();
        assertThatThrownBy(w::sync).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.problem()).isEqualTo(ServerException.Problem.UNREACHABLE));
    }

    @Test
    void offlineEditsToDifferentPlacesOfOneParagraphMergeWhenBothComeBack() throws Exception {
        Station a = station("a");
        Station b = station("b");
        a.proxy.delay(Duration.ofMillis(3));
        UUID id = interview(a);
        a.sync();
        b.sync();
        offline(a);
        offline(b);
        a.edit(id, 1, "船老大姓陈，在这条江上已经跑了三十年。");
        b.edit(id, 1, "船老大姓陈，在这条江上跑了三十年，从没误过点。");
        a.proxy.restore();
        b.proxy.restore();
        a.sync();
        b.sync();
        a.sync();
        String both = "船老大姓陈，在这条江上已经跑了三十年，从没误过点。";
        assertThat(a.texts(id).get(1)).isEqualTo(both);
        assertThat(b.texts(id).get(1)).isEqualTo(both);
        assertThat(a.store.newsroom().conflicts(id)).isEmpty();
        assertThat(b.store.newsroom().conflicts(id)).isEmpty();
    }

    @Test
    void offlineEditsToTheSameWordsBecomeAConflictKeepingBoth() throws Exception {
        Station a = station("a");
        Station b = station("b");
        UUID id = interview(a);
        a.sync();
        b.sync();
        offline(a);
        offline(b);
        a.edit(id, 2, "他说今年过江的孩子比去年多。");
        b.edit(id, 2, "他说今年过江的老人比去年多。");
        a.proxy.restore();
        a.sync();
        // b comes back through a connection that is reset once mid-sync, then holds
        b.proxy.restore();
        b.proxy.delay(Duration.ofMillis(20));
        CompletableFuture<Void> reset = CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            b.proxy.resetAll();
        });
        try {
            b.sync();
        } catch (ServerException e) {
            assertThat(e.problem()).isEqualTo(ServerException.Problem.UNREACHABLE);
        }
        reset.get(1, TimeUnit.MINUTES);
        b.proxy.delay(Duration.ZERO);
        SyncReport report = b.sync();
        assertThat(report.conflicted()).containsExactly(id);
        assertThat(b.texts(id).get(2)).isEqualTo("他说今年过江的老人比去年多。");
        assertThat(b.store.newsroom().conflicts(id)).singleElement().satisfies(c -> {
            assertThat(c.theirs()).contains("他说今年过江的孩子比去年多。");
            assertThat(c.mine()).contains("他说今年过江的老人比去年多。");
        });
        a.sync();
        assertThat(a.texts(id).get(2)).as("the server keeps a's until b resolves").isEqualTo("他说今年过江的孩子比去年多。");
    }

    @Test
    void aServerRestartMidPushLosesNothingAndDuplicatesNothing() throws Exception {
        Station a = station("a");
        Station b = station("b");
        int stories = 40;
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            ids.add(a.store.stories().create(Metadata.withHeadline("夜市摊位第" + i + "号"), List.of(),
                    List.of(Paragraph.narration("摊主说第" + i + "号摊位卖的是炒粉。"),
                            Paragraph.narration("收摊时间是凌晨一点。"))).id());
        }
        a.proxy.delay(Duration.ofMillis(4));
        CompletableFuture<Object> pushing = CompletableFuture.supplyAsync(() -> {
            try {
                return a.sync();
            } catch (ServerException e) {
                return e;
            }
        });
        WaitForAsyncUtils.waitFor(2, TimeUnit.MINUTES, () -> count("select count(*) from story") >= 3 || pushing.isDone());
        assertThat(pushing).as("the push must still be under way when the server stops").isNotDone();
        postgres.restart();
        Object first = pushing.get(2, TimeUnit.MINUTES);
        assertThat(first).isInstanceOfSatisfying(ServerException.class,
                e -> assertThat(e.problem()).isEqualTo(ServerException.Problem.UNREACHABLE));
        long landed = count("select count(*) from story");
        assertThat(landed).isBetween(1L, (long) stories - 1);

        a.proxy.delay(Duration.ZERO);
        a.sync();
        b.sync();
        assertThat(count("select count(*) from story")).isEqualTo(stories);
        assertThat(count("select count(*) from paragraph")).isEqualTo(2L * stories);
        assertThat(a.store.newsroom().pushCandidates()).isEmpty();
        for (UUID id : ids) {
            assertThat(b.texts(id)).isEqualTo(a.texts(id));
        }
    }

    @Test
    void aWorkstationKilledMidPushResumesWithoutLossOrDuplicate() throws Exception {
        int stories = 60;
        Path folder = folders.resolve("killed");
        List<UUID> ids = new ArrayList<>();
        try (Store store = TestStores.fresh(folder)) {
            for (int i = 0; i < stories; i++) {
                ids.add(store.stories().create(Metadata.withHeadline("社区图书角第" + i + "期"), List.of(),
                        List.of(Paragraph.narration("第" + i + "期借出图书四十本。"),
                                Paragraph.narration("志愿者每周六整理书架。"),
                                Paragraph.narration("下一期增加绘本区。"))).id());
            }
        }
        TcpProxy proxy = new TcpProxy(postgres.port());
        open.add(proxy);
        proxy.delay(Duration.ofMillis(4));
        Process child = new ProcessBuilder(ChildJvm.command(List.of("-Xmx256m", "-Dorg.jooq.no-logo=true"),
                PushChildMain.class, folder.toString(), proxy.via(url), "killed"))
                .redirectErrorStream(true).redirectOutput(folders.resolve("child.log").toFile()).start();
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.MINUTES,
                    () -> count("select count(*) from story") >= 5 || !child.isAlive());
            assertThat(child.isAlive()).as("the child must still be pushing when it is killed").isTrue();
        } finally {
            child.destroyForcibly().waitFor(1, TimeUnit.MINUTES); // SIGKILL on Linux
        }
        long landed = count("select count(*) from story");
        assertThat(landed).isBetween(5L, (long) stories - 1);

        proxy.delay(Duration.ZERO);
        Station again = new Station(folders, "killed", url, proxy);
        open.add(again.store);
        SyncReport resumed = again.sync();
        assertThat(resumed.conflicted()).isEmpty();
        assertThat(count("select count(*) from story")).isEqualTo(stories);
        assertThat(count("select count(*) from paragraph")).isEqualTo(3L * stories);
        assertThat(count("select count(*) from change_log")).as("each story pushed once").isEqualTo(stories);
        assertThat(again.store.newsroom().pushCandidates()).isEmpty();
        Station other = station("other");
        other.sync();
        for (UUID id : ids) {
            assertThat(other.texts(id)).isEqualTo(again.texts(id));
        }
    }
}
