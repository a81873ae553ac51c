package org.newsdesk.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;
import org.newsdesk.store.server.ServerDesk;

/**
 * Two workstations with live sessions on one real PostgreSQL: nobody asks for a sync; saves
 * travel by LISTEN/NOTIFY. The poll is set to an hour so that only a notification can bring them.
 */
@Tag(TestRequirements.SYSTEM)
class NewsroomSessionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final NewsroomSession.Timing NOTIFY_ONLY = new NewsroomSession.Timing(Duration.ofMillis(100),
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(90), Duration.ofMillis(100), Duration.ofSeconds(1));
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

    private final class Workstation {
        final Store store;
        final NewsroomSession session;
        final List<UUID> pulled = new CopyOnWriteArrayList<>();
        final List<UUID> news = new CopyOnWriteArrayList<>();
        final List<NewsroomSession.State> states = new CopyOnWriteArrayList<>();
        final AtomicReference<Map<UUID, List<ServerDesk.Presence>>> present = new AtomicReference<>(Map.of());
        final AtomicReference<Map<UUID, String>> assigned = new AtomicReference<>(Map.of());
        final AtomicReference<NewsroomSession.Account> account = new AtomicReference<>();

        Workstation(String login, String name) {
            this(login, name, NOTIFY_ONLY);
        }

        Workstation(String login, String name, NewsroomSession.Timing timing) {
            store = TestStores.fresh(folders.resolve(login));
            store.newsroom().bodies().keepAll(true); // merging whole stories: every body kept offline (bodies on demand: NewsroomBodiesTest)
            open.add(store);
            account.set(new NewsroomSession.Account(url, "postgres", null, name));
            session = new NewsroomSession(store, () -> Optional.ofNullable(account.get()), timing);
            open.add(session);
            session.addListener(new NewsroomListener() {
                @Override
                public void status(NewsroomSession.Status status) {
                    states.add(status.state());
                }

                @Override
                public void pulled(List<UUID> stories) {
                    pulled.addAll(stories);
                }

                @Override
                public void openStoryHasNews(UUID story) {
                    news.add(story);
                }

                @Override
                public void desk(Map<UUID, List<ServerDesk.Presence>> open, Map<UUID, String> assignees) {
                    present.set(open);
                    assigned.set(assignees);
                }
            });
            session.start();
        }

        Story story(UUID id) {
            return store.stories().find(id).orElse(null);
        }

        void edit(UUID id, int index, String text) {
            Story s = story(id);
            List<Paragraph> now = new ArrayList<>(s.paragraphs());
            Paragraph p = now.get(index);
            now.set(index, new Paragraph(p.id(), p.speakerKey(), List.of(Span.plain(text)), p.start()));
            store.stories().applyEdit(id, s.version(), TranscriptEdit.between(s.paragraphs(), now));
        }
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime() - until).as("waiting for: " + what).isNegative();
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private static UUID interview(Workstation w) {
        return w.store.stories().create(Metadata.withHeadline("夜市重新开张"), List.of(),
                List.of(Paragraph.of(null, "夜市今晚重新开张。"), Paragraph.of(null, "摊主们早早就来了。"))).id();
    }

    @Test
    void aSaveOnOneWorkstationAppearsOnTheOtherWithoutAnyoneSyncing() throws Exception {
        Workstation a = new Workstation("a", "王编辑");
        Workstation b = new Workstation("b", "李记者");
        await("both online", () -> a.session.status().state() == NewsroomSession.State.ONLINE
                && b.session.status().state() == NewsroomSession.State.ONLINE);
        UUID id = interview(a);
        await("the new story on b", () -> b.story(id) != null);
        assertThat(b.story(id).paragraphs()).isEqualTo(a.story(id).paragraphs());
        a.edit(id, 1, "摊主们下午四点就来了。");
        await("the edit on b", () -> b.story(id).paragraphs().get(1).text().equals("摊主们下午四点就来了。"));
        assertThat(b.pulled).contains(id);
    }

    /** A round while online (each save, each colleague's change) is not news: the indicator stays "online". */
    @Test
    void roundsWhileOnlineLeaveTheIndicatorOnline() throws Exception {
        Workstation a = new Workstation("a", "王编辑");
        Workstation b = new Workstation("b", "李记者");
        await("both online", () -> a.session.status().state() == NewsroomSession.State.ONLINE
                && b.session.status().state() == NewsroomSession.State.ONLINE);
        int seenOnA = a.states.size();
        int seenOnB = b.states.size();
        UUID id = interview(a);
        await("the new story on b", () -> b.story(id) != null);
        a.edit(id, 1, "摊主们下午四点就来了。");
        await("the edit on b", () -> b.story(id).paragraphs().get(1).text().equals("摊主们下午四点就来了。"));

        assertThat(a.states.subList(seenOnA, a.states.size())).as("a pushed twice").doesNotContain(NewsroomSession.State.SYNCING);
        assertThat(b.states.subList(seenOnB, b.states.size())).as("b pulled twice").doesNotContain(NewsroomSession.State.SYNCING);
    }

    @Test
    void aSaveThatAsksForASyncIsPushedAtOnceNotAfterTheSessionsNextLook() throws Exception {
        // the session looks for saves of its own accord only once an hour here: only syncNow can move them
        NewsroomSession.Timing hourly = new NewsroomSession.Timing(Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofSeconds(90), Duration.ofMillis(100), Duration.ofSeconds(1));
        Workstation a = new Workstation("a", "王编辑", hourly);
        Workstation b = new Workstation("b", "李记者");
        await("both online", () -> a.session.status().state() == NewsroomSession.State.ONLINE
                && b.session.status().state() == NewsroomSession.State.ONLINE);
        UUID id = interview(a);
        a.session.syncNow();
        await("the new story on b", () -> b.story(id) != null);
        a.edit(id, 0, "夜市今晚七点重新开张。");
        a.session.syncNow();
        await("the edit on b", () -> b.story(id).paragraphs().get(0).text().equals("夜市今晚七点重新开张。"));
    }

    @Test
    void workAskedOfASessionWaitingForNotificationsIsDoneAtOnceNotAfterItsWait() throws Exception {
        // the session waits an hour for notifications between its looks: the window's questions
        // (news for the open story, the editors to hand a story to) must not wait for the end of it
        NewsroomSession.Timing hourly = new NewsroomSession.Timing(Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofSeconds(90), Duration.ofMillis(100), Duration.ofSeconds(1));
        Workstation a = new Workstation("a", "王编辑", hourly);
        await("a online", () -> a.session.status().state() == NewsroomSession.State.ONLINE);
        UUID id = interview(a);
        a.session.syncNow();
        await("the story pushed", () -> a.session.status().waiting() == 0
                && a.session.status().state() == NewsroomSession.State.ONLINE);

        assertThat(a.session.editors().get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isNotNull();
        assertThat(a.session.incoming(id).get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("nothing new").isEmpty();
    }

    @Test
    void theStoryOpenInAnEditorIsLeftToItAndTakesTheNewsThroughAMerge() throws Exception {
        Workstation a = new Workstation("a", "王编辑");
        Workstation b = new Workstation("b", "李记者");
        UUID id = interview(a);
        await("the story on b", () -> b.story(id) != null);
        b.session.open(id);
        await("a sees b has it open", () -> a.present.get().getOrDefault(id, List.of()).stream()
                .anyMatch(p -> p.displayName().equals("李记者")));
        a.edit(id, 0, "夜市今晚七点重新开张。");
        await("b hears the open story has news", () -> b.news.contains(id));
        assertThat(b.story(id).paragraphs().get(0).text()).isEqualTo("夜市今晚重新开张。");
        // the editor on b typed into the other paragraph meanwhile and saved it
        b.edit(id, 1, "摊主们早早就来了，排起长队。");
        Story typed = b.story(id);
        NewsroomSync.Incoming in = b.session.incoming(id).get(10, TimeUnit.SECONDS).orElseThrow();
        assertThat(in.mergedWith(typed)).isTrue();
        Story merged = b.session.accept(in);
        assertThat(merged.paragraphs()).extracting(Paragraph::text)
                .containsExactly("夜市今晚七点重新开张。", "摊主们早早就来了，排起长队。");
        await("b's typing reaches a", () -> a.story(id).paragraphs().get(1).text().equals("摊主们早早就来了，排起长队。"));
        b.session.open(null);
        await("a no longer sees b in the story", () -> !a.present.get().containsKey(id));
    }

    @Test
    void aStoryHandedToAColleagueShowsItsAssigneeOnEveryWorkstation() throws Exception {
        Workstation a = new Workstation("a", "王编辑");
        Workstation b = new Workstation("b", "李记者");
        UUID id = interview(a);
        await("the story on the server", () -> b.story(id) != null);
        a.session.assign(id, "li").get(10, TimeUnit.SECONDS);
        await("b knows the assignee", () -> "li".equals(b.assigned.get().get(id)));
    }

    @Test
    void aServerThatIsAwayIsRetriedAndWorkDoneMeanwhileIsPushedOnReturn() throws Exception {
        Workstation a = new Workstation("a", "王编辑");
        Workstation b = new Workstation("b", "李记者");
        NewsroomSession.Account real = a.account.get();
        a.account.set(new NewsroomSession.Account("jdbc:postgresql://127.0.0.1:1/none", "postgres", null, "王编辑"));
        await("a offline", () -> a.session.status().state() == NewsroomSession.State.OFFLINE);
        UUID id = interview(a);
        a.account.set(real);
        await("a's offline story on b", () -> b.story(id) != null);
    }
}
