package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Series;
import org.newsdesk.model.Span;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.workflow.metadata.ChannelList;
import org.newsdesk.workflow.metadata.MetadataField;
import org.newsdesk.workflow.metadata.MetadataRejected;
import org.newsdesk.workflow.names.NameEntry;
import org.newsdesk.workflow.names.NameKind;
import org.newsdesk.workflow.readiness.ReadinessCheck;
import org.newsdesk.workflow.status.StatusChange;
import org.newsdesk.workflow.status.StatusChangeRefused;

class WorkflowRepositoryTest {

    /** After the sample's embargo (2015-07-31 09:00 Shanghai), so it may be published. */
    private static final Instant NOW = Instant.parse("2015-08-01T00:00:00Z");

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        // the sample interview's channels, in Simplified script
        store.workflow().setChannels(new ChannelList(List.of("政务", "科技", "要闻")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** The sample interview without its editor's note and uncertain passage: ready for review. */
    private Story readyStory() {
        List<Paragraph> clean = SampleInterview.paragraphs().stream()
                .map(p -> new Paragraph(p.id(), p.speakerKey(), p.spans().stream()
                        .filter(s -> s.styles().isEmpty()).map(s -> Span.plain(s.text())).toList()))
                .toList();
        return store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(), clean);
    }

    @Test
    void statusChangesAreRecordedWithWhoAndWhen() {
        Story s = readyStory();
        WorkflowRepository workflow = store.workflow();

        long v = workflow.setStatus(s.id(), s.version(), Status.READY, "王編輯");
        v = workflow.setStatus(s.id(), v, Status.APPROVED, "李主編");
        v = workflow.setStatus(s.id(), v, Status.PUBLISHED, "李主編");
        workflow.setStatus(s.id(), v, Status.WITHDRAWN, "李主編");

        assertThat(store.stories().get(s.id()).status()).isEqualTo(Status.WITHDRAWN);
        assertThat(workflow.statusHistory(s.id())).containsExactly(
                new StatusChange(s.id(), Status.DRAFT, Status.READY, "王編輯", NOW),
                new StatusChange(s.id(), Status.READY, Status.APPROVED, "李主編", NOW),
                new StatusChange(s.id(), Status.APPROVED, Status.PUBLISHED, "李主編", NOW),
                new StatusChange(s.id(), Status.PUBLISHED, Status.WITHDRAWN, "李主編", NOW));
    }

    @Test
    void aStoryThatIsNotReadyIsRefusedWithItsFailuresAndNothingChanges() {
        Story s = store.stories().create(SampleInterview.metadata(), SampleInterview.speakers(), SampleInterview.paragraphs());

        assertThatThrownBy(() -> store.workflow().setStatus(s.id(), s.version(), Status.READY, "王編輯"))
                .isInstanceOfSatisfying(StatusChangeRefused.class, e -> {
                    assertThat(e.notAllowed()).isFalse();
                    assertThat(e.failures()).extracting(f -> f.kind())
                            .containsExactly(ReadinessCheck.Kind.UNRESOLVED_MARKS, ReadinessCheck.Kind.EDITOR_NOTES);
                });
        Story after = store.stories().get(s.id());
        assertThat(after.status()).isEqualTo(Status.DRAFT);
        assertThat(after.version()).isEqualTo(s.version());
        assertThat(store.workflow().statusHistory(s.id())).isEmpty();
    }

    @Test
    void aMoveThatIsNotAllowedIsRefused() {
        Story s = readyStory();
        assertThatThrownBy(() -> store.workflow().setStatus(s.id(), s.version(), Status.PUBLISHED, "x"))
                .isInstanceOfSatisfying(StatusChangeRefused.class, e -> assertThat(e.notAllowed()).isTrue());
    }

    @Test
    void aStaleVersionIsRefused() {
        Story s = readyStory();
        assertThatThrownBy(() -> store.workflow().setStatus(s.id(), s.version() + 5, Status.READY, "x"))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.STALE));
    }

    @Test
    void metadataAndSlugSurviveRestartAndRevisionRestore() {
        Story s = readyStory();
        Metadata original = store.stories().get(s.id()).metadata();
        long v = store.workflow().saveMetadata(s.id(), s.version(), original, "broadband-2015-part-2");
        store.stories().saveRevision(s.id(), v, "王編輯");
        v++;
        Metadata changed = new Metadata("Changed", "", "", "", "", List.of(), "", null, null, List.of(), List.of(),
                null, "", null);
        store.workflow().saveMetadata(s.id(), v, changed, "changed");
        store.close();

        store = TestStores.fresh(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        Story reopened = store.stories().get(s.id());
        assertThat(reopened.metadata()).isEqualTo(changed);
        assertThat(reopened.slug()).isEqualTo("changed");

        Story restored = store.stories().restoreRevision(s.id(), reopened.version(), 1);
        assertThat(restored.metadata()).isEqualTo(original);
        assertThat(restored.metadata().series()).isEqualTo(new Series("broadband-2015", "乡村宽带系列", 2, 3));
        assertThat(restored.metadata().internalNote()).isEqualTo("数字请再向区里核对一次");
        assertThat(restored.metadata().embargoUntil()).isEqualTo(SampleInterview.metadata().embargoUntil());
    }

    @Test
    void invalidMetadataNeverReachesTheStore() {
        Story s = readyStory();
        Metadata tooLong = s.metadata().withHeadlineText("長".repeat(10_000));

        assertThatThrownBy(() -> store.workflow().saveMetadata(s.id(), s.version(), tooLong, s.slug()))
                .isInstanceOfSatisfying(MetadataRejected.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly(MetadataField.HEADLINE));
        assertThatThrownBy(() -> store.workflow().saveMetadata(s.id(), s.version(), s.metadata(), "../etc"))
                .isInstanceOf(MetadataRejected.class);
        assertThat(store.stories().get(s.id())).isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "update story set headline = repeat('x', 201)",
        "update story set headline = 'a' || char(7)",
        "update story set source = 'a' || char(10)",
        "update story set authors = array['ok', 'b' || char(9)]",
        "update story set channels = array['新聞' || char(0)]",
        "update story set internal_note = 'a' || char(27)",
        "update story set slug = 'con'",
        "update story set slug = '../x'",
        "update story set part_number = 0",
        "update story set parts_total = 0",
        "update story set part_number = 4, parts_total = 3",
        "update story set embargo_until = publish_time + interval '1' hour",
        "update story set status = 'LOST'"})
    void theStoreItselfRefusesBadValues(String sql) throws SQLException {
        readyStory();
        store.close();
        try {
            assertThatThrownBy(() -> RawDatabase.update(dir, sql)).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23513"));
            // line breaks are fine where a field may hold several lines
            assertThat(RawDatabase.update(dir, "update story set internal_note = 'a' || char(10) || 'b'")).isEqualTo(1);
        } finally {
            store = TestStores.fresh(dir);
        }
    }

    @Test
    void nameDirectoryCompletesAndRenamesEverywhere() {
        Story a = readyStory();
        Story b = store.stories().create(SampleInterview.metadata().withAuthors(List.of("王小明", "張三")),
                List.of(), List.of());
        store.names().recordUse(a.metadata());
        store.names().recordUse(b.metadata());
        store.names().recordUse(Metadata.withHeadline("x").withEditor("趙編輯部"));

        assertThat(store.names().names(NameKind.AUTHOR, "王", 10)).extracting(NameEntry::name).containsExactly("王小明");
        assertThat(store.names().names(NameKind.AUTHOR, "王", 10).get(0).useCount()).isEqualTo(2);
        assertThat(store.names().names(NameKind.EDITOR, "", 10)).extracting(NameEntry::name, NameEntry::useCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("赵编辑", 2), org.assertj.core.groups.Tuple.tuple("趙編輯部", 1));
        assertThat(store.names().names(NameKind.SOURCE, "", 10)).extracting(NameEntry::name).containsExactly("新闻台");

        List<UUID> changed = store.names().rename(NameKind.AUTHOR, "王小明", "王曉明");

        assertThat(changed).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(store.stories().get(a.id()).metadata().authors()).containsExactly("王曉明", "陈静");
        assertThat(store.stories().get(b.id()).metadata().authors()).containsExactly("王曉明", "張三");
        assertThat(store.stories().get(a.id()).version()).isEqualTo(a.version() + 1);
        assertThat(store.names().names(NameKind.AUTHOR, "王", 10)).extracting(NameEntry::name, NameEntry::useCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("王曉明", 2));

        store.names().rename(NameKind.SOURCE, "新闻台", "新聞台");
        assertThat(store.stories().get(a.id()).metadata().source()).isEqualTo("新聞台");
        assertThatThrownBy(() -> store.names().rename(NameKind.EDITOR, "趙編輯部", "壞\u0007")).isInstanceOf(MetadataRejected.class);
    }

    @Test
    void libraryFiltersAndKeepsSeriesTogetherInPartOrder() {
        store.close();
        store = TestStores.fresh(dir, new TickingClock());
        Metadata base = SampleInterview.metadata();
        Story part3 = create(base, "Part three", new Series("talks", "科技訪談", 3, 3), "赵编辑", List.of("科技"));
        Story other = create(base, "Other", null, "钱编辑", List.of("政务"));
        Story part1 = create(base, "Part one", new Series("talks", "科技訪談", 1, 3), "赵编辑", List.of("科技"));
        Story part2 = create(base, "Part two", new Series("talks", "科技訪談", 2, 3), "赵编辑", List.of("政务", "科技"));
        LibraryRepository library = store.library();

        assertThat(ids(library.list(LibraryFilter.ALL))).containsExactly(part1.id(), part2.id(), part3.id(), other.id());
        assertThat(ids(library.seriesParts("talks"))).containsExactly(part1.id(), part2.id(), part3.id());
        assertThat(ids(library.list(LibraryFilter.ALL.withChannel("政务")))).containsExactly(part2.id(), other.id());
        assertThat(ids(library.list(LibraryFilter.ALL.withEditor("钱编辑")))).containsExactly(other.id());
        assertThat(library.list(LibraryFilter.ALL.withStatus(Status.READY))).isEmpty();
        assertThat(library.series()).singleElement().satisfies(si -> {
            assertThat(si.id()).isEqualTo("talks");
            assertThat(si.storiesInStore()).isEqualTo(3);
        });
        assertThat(library.editors()).containsExactly("赵编辑", "钱编辑");
        store.stories().moveToTrash(other.id());
        assertThat(library.versions()).containsOnlyKeys(part1.id(), part2.id(), part3.id());
    }

    @Test
    void channelsAreHandedOverByWhoeverOpensTheStore() {
        store.workflow().setChannels(new ChannelList(List.of()));
        assertThat(store.workflow().channels()).isEqualTo(ChannelList.DEFAULT);
        store.workflow().setChannels(new ChannelList(List.of("要聞", "政務")));
        assertThat(store.workflow().channels().names()).containsExactly("要聞", "政務");
        store.close();
        store = TestStores.fresh(dir, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(store.workflow().channels()).as("not kept in the store: the preferences keep them")
                .isEqualTo(ChannelList.DEFAULT);
    }

    @Test
    void aChannelTakenOffTheListStaysOnItsStoriesWhichCanStillBeSaved() {
        store.workflow().setChannels(new ChannelList(List.of("要聞", "政務")));
        Metadata base = Metadata.withHeadline("訪談");
        Story story = create(base, "訪談", null, "張編輯", List.of("政務"));
        store.workflow().setChannels(new ChannelList(List.of("要聞")));

        long version = store.workflow().saveMetadata(story.id(), story.version(),
                store.stories().get(story.id()).metadata().withHeadlineText("訪談（改）"), story.slug());

        assertThat(store.stories().get(story.id()).metadata().headline()).isEqualTo("訪談（改）");
        Metadata moved = store.stories().get(story.id()).metadata();
        Metadata elsewhere = new Metadata(moved.headline(), moved.kicker(), moved.subtitle(), moved.summary(),
                moved.source(), moved.authors(), moved.editor(), moved.publishTime(), moved.timeZone(),
                List.of("政務", "財經"), moved.keywords(), moved.series(), "", null);
        assertThatThrownBy(() -> store.workflow().saveMetadata(story.id(), version, elsewhere, story.slug()))
                .as("a channel that is on no list and was not on the story").isInstanceOf(MetadataRejected.class);
    }

    private Story create(Metadata base, String headline, Series series, String editor, List<String> channels) {
        Metadata m = new Metadata(headline, base.kicker(), base.subtitle(), base.summary(), base.source(), base.authors(),
                editor, base.publishTime(), base.timeZone(), channels, base.keywords(), series, "", null);
        return store.stories().create(m, List.of(), List.of());
    }

    /** A clock that moves on a second each time it is read, so stories get distinct times. */
    private static final class TickingClock extends Clock {
        private Instant now = NOW;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }

    private static List<UUID> ids(List<LibraryEntry> entries) {
        return entries.stream().map(e -> e.summary().id()).toList();
    }
}
