package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerLibrary;

/** Workstations with their own data folders and stores, syncing with one real PostgreSQL. */
@Tag(TestRequirements.SYSTEM)
class NewsroomSyncTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
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

    /** One workstation: a data folder, its store and its connection to the server. */
    private final class Workstation {
        final Store store;
        final NewsroomSync sync;

        Workstation(String name) {
            store = TestStores.fresh(folders.resolve(name));
            store.newsroom().bodies().keepAll(true); // merging whole stories: every body kept offline (bodies on demand: NewsroomBodiesTest)
            open.add(store);
            ServerLibrary server = ServerLibrary.connect(url, null, null);
            open.add(server);
            sync = new NewsroomSync(store, server, name);
        }

        SyncReport sync() {
            return sync.syncOnce();
        }

        Story story(UUID id) {
            return store.stories().get(id);
        }

        void edit(UUID id, int index, String text) {
            Story s = story(id);
            List<Paragraph> now = new ArrayList<>(s.paragraphs());
            Paragraph p = now.get(index);
            now.set(index, new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start()));
            store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
        }

        void insert(UUID id, int index, Paragraph p) {
            Story s = story(id);
            List<Paragraph> now = new ArrayList<>(s.paragraphs());
            now.add(index, p);
            store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
        }

        List<String> texts(UUID id) {
            return story(id).paragraphs().stream().map(Paragraph::text).toList();
        }
    }

    private static UUID interview(Workstation w) {
        return w.store.stories().create(Metadata.withHeadline("社区食堂办进老街"),
                List.of(new Speaker("host", "主持人", "", "", SpeakerRole.HOST),
                        new Speaker("guest", "吴海燕", "吴海燕", "街道办主任", SpeakerRole.GUEST)),
                List.of(Paragraph.of("host", "食堂开了多久了？"),
                        Paragraph.of("guest", "今年三月开张，每天中午供应两百份饭菜。"),
                        Paragraph.of("host", "老人吃饭贵不贵？"),
                        Paragraph.of("guest", "七十岁以上的老人打八折。"))).id();
    }

    @Test
    void aStoryWrittenOnOneWorkstationReachesTheOtherWithTheSameIds() {
        Workstation a = new Workstation("a");
        Workstation b = new Workstation("b");
        UUID id = interview(a);
        assertThat(a.sync().pushed()).isEqualTo(1);
        SyncReport pulled = b.sync();
        assertThat(pulled.pulled()).isEqualTo(1);
        assertThat(pulled.pushed()).isZero();
        assertThat(b.story(id).paragraphs()).isEqualTo(a.story(id).paragraphs());
        assertThat(b.story(id).speakers()).isEqualTo(a.story(id).speakers());
        assertThat(b.story(id).metadata()).isEqualTo(a.story(id).metadata());
        // nothing changed: a second sync on either side moves nothing
        assertThat(a.sync()).isEqualTo(new SyncReport(0, 0, 0, List.of(), List.of()));
        assertThat(b.sync()).isEqualTo(new SyncReport(0, 0, 0, List.of(), List.of()));
    }

    @Test
    void differentParagraphsEditedOfflineOnTwoWorkstationsBothLandEverywhere() {
        Workstation a = new Workstation("a");
        Workstation b = new Workstation("b");
        UUID id = interview(a);
        a.sync();
        b.sync();
        a.edit(id, 1, "今年三月开张，每天中午供应三百份饭菜。");
        b.edit(id, 3, "七十岁以上的老人打八折，八十岁以上免费。");
        b.insert(id, 4, Paragraph.of("host", "谢谢吴主任。"));
        a.sync();
        SyncReport merging = b.sync();
        assertThat(merging.merged()).isEqualTo(1);
        assertThat(merging.pushed()).isEqualTo(1);
        a.sync();
        List<String> expected = List.of("食堂开了多久了？", "今年三月开张，每天中午供应三百份饭菜。", "老人吃饭贵不贵？",
                "七十岁以上的老人打八折，八十岁以上免费。", "谢谢吴主任。");
        assertThat(a.texts(id)).isEqualTo(expected);
        assertThat(b.texts(id)).isEqualTo(expected);
        assertThat(a.story(id).paragraphs()).isEqualTo(b.story(id).paragraphs());
    }

    @Test
    void theSameParagraphEditedInDifferentPlacesMergesCharacterByCharacter() {
        Workstation a = new Workstation("a");
        Workstation b = new Workstation("b");
        UUID id = interview(a);
        a.sync();
        b.sync();
        a.edit(id, 1, "今年三月正式开张，每天中午供应两百份饭菜。");
        b.edit(id, 1, "今年三月开张，每天中午供应两百份热饭菜。");
        a.sync();
        b.sync();
        a.sync();
        String both = "今年三月正式开张，每天中午供应两百份热饭菜。";
        assertThat(a.texts(id).get(1)).isEqualTo(both);
        assertThat(b.texts(id).get(1)).isEqualTo(both);
        assertThat(b.store.newsroom().conflicts(id)).isEmpty();
    }

    @Test
    void overlappingEditsBecomeAConflictThatLosesNothingAndIsNotPushed() {
        Workstation a = new Workstation("a");
        Workstation b = new Workstation("b");
        UUID id = interview(a);
        a.sync();
        b.sync();
        a.edit(id, 3, "七十岁以上的老人打七折。");
        b.edit(id, 3, "七十岁以上的老人打六折。");
        a.sync();
        SyncReport report = b.sync();
        assertThat(report.conflicted()).containsExactly(id);
        assertThat(report.pushed()).isZero();
        // b keeps its own text in the story, and a's in the open conflict
        assertThat(b.texts(id).get(3)).isEqualTo("七十岁以上的老人打六折。");
        List<NewsroomReplica.Conflict> conflicts = b.store.newsroom().conflicts(id);
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).item()).isEqualTo("paragraph:" + b.story(id).paragraphs().get(3).id());
        assertThat(conflicts.get(0).mine()).contains("七十岁以上的老人打六折。");
        assertThat(conflicts.get(0).theirs()).contains("七十岁以上的老人打七折。");
        assertThat(conflicts.get(0).base()).contains("七十岁以上的老人打八折。");
        // the server still holds a's version: b's open conflict was not pushed over it
        a.sync();
        assertThat(a.texts(id).get(3)).isEqualTo("七十岁以上的老人打七折。");
    }

    @Test
    void threeWorkstationsEditingStoryMetadataAndParagraphsConverge() {
        Workstation a = new Workstation("a");
        Workstation b = new Workstation("b");
        Workstation c = new Workstation("c");
        UUID id = interview(a);
        UUID second = c.store.stories().create(Metadata.withHeadline("旧书市集周末开市"), List.of(),
                List.of(Paragraph.narration("市集设在河边的老仓库里。"))).id();
        a.sync();
        b.sync();
        c.sync();
        a.edit(id, 0, "食堂开了多久了？能先介绍一下吗？");
        Story sb = b.story(id);
        b.store.stories().updateMetadata(id, sb.version(), new Metadata("社区食堂办进了老街", "民生", "", "", "", List.of(), "",
                null, null, List.of(), List.of(), null, "", null));
        c.edit(id, 2, "老人吃饭贵不贵？有补贴吗？");
        c.edit(second, 0, "市集设在河边的老仓库里，每周六开放。");
        for (int round = 0; round < 2; round++) {
            a.sync();
            b.sync();
            c.sync();
        }
        for (Workstation w : List.of(a, b, c)) {
            assertThat(w.texts(id)).containsExactly("食堂开了多久了？能先介绍一下吗？", "今年三月开张，每天中午供应两百份饭菜。",
                    "老人吃饭贵不贵？有补贴吗？", "七十岁以上的老人打八折。");
            assertThat(w.story(id).metadata().headline()).isEqualTo("社区食堂办进了老街");
            assertThat(w.story(id).metadata().kicker()).isEqualTo("民生");
            assertThat(w.texts(second)).containsExactly("市集设在河边的老仓库里，每周六开放。");
        }
    }
}
