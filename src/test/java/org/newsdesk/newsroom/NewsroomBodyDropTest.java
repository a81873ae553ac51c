package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.MovedClock;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.ReplicaBodies;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerException;
import org.newsdesk.store.server.ServerLibrary;

/**
 * Bodies fetched from the newsroom are dropped again when nobody wrote them here for a month,
 * unless kept offline, assigned to this login, open, or holding anything the server lacks. Real
 * PostgreSQL; workstation b tells time by a clock the test moves, and reaches the server through a
 * proxy the test cuts.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomBodyDropTest {

    @RegisterExtension
    static final PostgresPerClass postgres = new PostgresPerClass();
    @TempDir
    Path folders;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final MovedClock clockB = new MovedClock();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private <T extends AutoCloseable> T kept(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private static UUID story(Store store, int n) {
        return store.stories().create(Metadata.withHeadline("旧城改造第" + n + "篇"), List.of(),
                List.of(Paragraph.narration("第" + n + "篇：巷口的老槐树还在。"), Paragraph.narration("（第" + n + "篇完）"))).id();
    }

    private static void edit(Store store, UUID id, String text) {
        Story s = store.stories().get(id);
        List<Paragraph> now = new ArrayList<>(s.paragraphs());
        Paragraph p = now.get(0);
        now.set(0, new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start()));
        store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
    }

    private static List<String> texts(Store store, UUID id) {
        return store.stories().get(id).paragraphs().stream().map(Paragraph::text).toList();
    }

    @Test
    void aMonthUntouchedBodyIsDroppedButNothingKeptOpenMineOrUnpushedAndOpeningFetchesItAgain() throws Exception {
        TestNewsroom newsroom = new TestNewsroom(postgres);
        String zhao = newsroom.editor("zhao", "赵编辑", "editor");
        String qian = newsroom.editor("qian", "钱记者", "reporter");
        Store a = kept(TestStores.fresh(folders.resolve("a")));
        Store b = kept(TestStores.fresh(folders.resolve("b"), clockB));
        List<UUID> ids = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            ids.add(story(a, n));
        }
        newsroom.sync(a, zhao);
        TcpProxy proxy = kept(new TcpProxy(postgres.port()));
        ServerLibrary server = kept(ServerLibrary.connect(proxy.via(newsroom.bare), qian, null));
        NewsroomSync sb = new NewsroomSync(b, server, qian);
        sb.syncOnce();
        ids.forEach(sb::fetch); // each opened once on b
        UUID read = ids.get(0);
        UUID keptOffline = ids.get(1);
        UUID typedOffline = ids.get(2);
        UUID mine = ids.get(3);
        UUID openNow = ids.get(4);
        UUID trashedHere = ids.get(5);
        b.newsroom().bodies().keep(keptOffline, true);
        try (ServerLibrary desk = ServerLibrary.connect(newsroom.bare, zhao, null)) {
            desk.desk().assign(mine, qian, zhao);
        }
        b.stories().moveToTrash(trashedHere);
        assertThat(new NewsroomSync(b, server, qian).syncOnce().pushed()).isEqualTo(1); // the trash move is on the server

        edit(b, typedOffline, "第3篇：离线时补的一句，还没推送。");
        clockB.moveAhead(Duration.ofDays(31));
        // a session's sync: the bodies are looked at after the pull and before the push
        NewsroomSync later = new NewsroomSync(b, kept(ServerLibrary.connect(proxy.via(newsroom.bare), qian, null)), qian);
        later.holdWhile(openNow::equals);
        later.syncOnce();

        assertThat(b.newsroom().bodies().listed(read)).as("read a month ago, nothing here the server lacks").isTrue();
        assertThat(b.stories().get(read).paragraphs()).isEmpty();
        assertThat(b.stories().get(read).metadata().headline()).as("still listed").isEqualTo("旧城改造第1篇");
        assertThat(b.newsroom().bodies().listed(trashedHere)).as("trashed here and pushed: dropped too").isTrue();
        assertThat(texts(b, keptOffline)).as("kept offline").hasSize(2);
        assertThat(texts(b, mine)).as("assigned to this login").hasSize(2);
        assertThat(texts(b, openNow)).as("open in the window").hasSize(2);
        assertThat(texts(b, typedOffline)).as("typed here").startsWith("第3篇：离线时补的一句，还没推送。");
        newsroom.sync(a, zhao);
        assertThat(texts(a, typedOffline)).as("and pushed, not lost").startsWith("第3篇：离线时补的一句，还没推送。");
        assertThat(b.newsroom().pushCandidates()).as("dropping leaves nothing to push").isEmpty();
        assertThat(b.newsroom().bodies().counts()).isEqualTo(new ReplicaBodies.Counts(4, 2));

        // a colleague's change reaches the dropped story as metadata; opening brings the newest text
        edit(a, read, "第1篇：老槐树下新开了一家书店。");
        newsroom.sync(a, zhao);
        later.syncOnce();
        assertThat(b.newsroom().bodies().listed(read)).isTrue();
        proxy.cut();
        assertThatThrownBy(() -> later.fetch(read)).as("offline: the body is on the server")
                .isInstanceOf(ServerException.class);
        assertThat(b.stories().get(read).metadata().headline()).isEqualTo("旧城改造第1篇");
        proxy.restore();
        NewsroomSync back = new NewsroomSync(b, kept(ServerLibrary.connect(proxy.via(newsroom.bare), qian, null)), qian);
        assertThat(back.fetch(read).paragraphs()).isEqualTo(a.stories().get(read).paragraphs());
        assertThat(b.newsroom().bodies().listed(read)).isFalse();
        assertThat(b.newsroom().pushCandidates()).isEmpty();
    }
}
