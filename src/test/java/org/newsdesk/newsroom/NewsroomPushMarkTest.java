package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.store.server.ServerException;

/**
 * What a sync pushes is found from the stories changed since the push mark, not by looking at
 * the whole library: the mark moves past stories in step with the server, stops below the
 * oldest one still to push (a push that failed is tried again), and a change after it is pushed.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomPushMarkTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;

    @Test
    void changesAfterTheMarkArePushedAndAFailedPushIsTriedAgain() throws Exception {
        String url = postgres.newNewsroomDatabase();
        try (Station a = new Station(folders, "a", url, new TcpProxy(postgres.port()));
             Station b = new Station(folders, "b", url, null)) {
            UUID one = story(a, "甲");
            UUID two = story(a, "乙");
            UUID three = story(a, "丙");
            assertThat(a.sync().pushed()).isEqualTo(3);
            // in step: the next look starts after every story
            assertThat(a.store.newsroom().pushCandidates()).isEmpty();
            long inStep = a.store.newsroom().pushMark();
            assertThat(inStep).isPositive();
            b.sync();

            a.edit(two, 0, "开头。A1。");
            assertThat(a.store.newsroom().pushCandidates()).containsExactly(two);
            a.proxy.cut();
            assertThatThrownBy(a::sync).isInstanceOf(ServerException.class);
            // not pushed: still a candidate, and the mark stays below it
            a.edit(one, 1, "结尾。A2。");
            assertThat(a.store.newsroom().pushCandidates()).containsExactly(two, one);
            assertThat(a.store.newsroom().pushMark()).isLessThan(a.store.newsroom().read(two).orElseThrow().changeSeq());
            a.proxy.restore();
            assertThat(a.sync().pushed()).isEqualTo(2);
            assertThat(a.store.newsroom().pushCandidates()).isEmpty();
            assertThat(a.store.newsroom().pushMark()).isGreaterThan(inStep);

            // a change pulled from b and one made here after it are both in step / pushed
            b.sync();
            b.edit(three, 0, "开头。B1。");
            b.sync();
            a.sync();
            a.edit(three, 1, "结尾。A3。");
            assertThat(a.sync().pushed()).isEqualTo(1);
            b.sync();
            for (Station w : List.of(a, b)) {
                assertThat(w.texts(one)).containsExactly("开头。", "结尾。A2。");
                assertThat(w.texts(two)).containsExactly("开头。A1。", "结尾。");
                assertThat(w.texts(three)).containsExactly("开头。B1。", "结尾。A3。");
            }
        }
    }

    private static UUID story(Station w, String name) {
        return w.store.stories().create(Metadata.withHeadline("街坊故事" + name), List.of(),
                List.of(Paragraph.narration("开头。"), Paragraph.narration("结尾。"))).id();
    }
}
