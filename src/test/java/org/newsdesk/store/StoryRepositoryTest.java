package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.newsdesk.model.SampleInterview.GUEST;
import static org.newsdesk.model.SampleInterview.HOST;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.RevisionInfo;
import org.newsdesk.model.SampleInterview;
import org.newsdesk.model.Series;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.StorySummary;
import org.newsdesk.model.TranscriptEdit;

class StoryRepositoryTest {

    @TempDir
    Path dir;

    private Store store;
    private StoryRepository stories;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dir);
        stories = store.stories();
    }

    @AfterEach
    void close() {
        store.close();
    }

    // ------------------------------------------------------------ create and read

    @Test
    void createdStoryReadsBackEqual() {
        Metadata metadata = SampleInterview.metadata();
        List<Speaker> speakers = SampleInterview.speakers();
        List<Paragraph> paragraphs = SampleInterview.paragraphs();

        Story created = stories.create(metadata, speakers, paragraphs);
        Story read = stories.get(created.id());

        assertThat(read).isEqualTo(created);
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThat(read.metadata().publishTime()).isEqualTo(SampleInterview.PUBLISH_TIME);
        assertThat(read.metadata().publishTime().getZone()).isEqualTo(SampleInterview.SHANGHAI);
        assertThat(read.metadata().authors()).containsExactly("王小明", "陈静");
        assertThat(read.metadata().series()).isEqualTo(new Series("broadband-2015", "乡村宽带系列", 2, 3));
        assertThat(read.speakers()).containsExactlyElementsOf(speakers);
        assertThat(read.paragraphs()).containsExactlyElementsOf(paragraphs);
        assertThat(read.status()).isEqualTo(Status.DRAFT);
        assertThat(read.slug()).isEqualTo("broadband-for-every-village");
        assertThat(read.revision()).isZero();
        assertThat(read.version()).isEqualTo(1L);
        assertThat(read.createdAt()).isNotNull().isEqualTo(read.updatedAt());
    }

    @Test
    void storyWithoutOptionalMetadataReadsBackEqual() {
        Metadata metadata = Metadata.withHeadline("乡村宽带进村入户");

        Story created = stories.create(metadata, List.of(), List.of());

        Story read = stories.get(created.id());
        assertThat(read.metadata()).isEqualTo(metadata);
        assertThat(read.metadata().series()).isNull();
        assertThat(read.metadata().publishTime()).isNull();
        assertThat(read.paragraphs()).isEmpty();
        assertThat(read.slug()).isEqualTo("xiang-cun-kuan-dai-jin-cun-ru-hu");
    }

    @Test
    void aSecondStoryWithTheSameHeadlineGetsTheNextFreeSlug() {
        Story first = stories.create(Metadata.withHeadline("长江大保护"), List.of(), List.of());
        Story second = stories.create(Metadata.withHeadline("長江大保護"), List.of(), List.of());
        stories.moveToTrash(second.id());
        Story third = stories.create(Metadata.withHeadline("长江大保护"), List.of(), List.of());

        assertThat(first.slug()).isEqualTo("chang-jiang-da-bao-hu");
        assertThat(second.slug()).isEqualTo("chang-jiang-da-bao-hu-2");
        assertThat(third.slug()).as("a story in the trash keeps its slug").isEqualTo("chang-jiang-da-bao-hu-3");
    }

    @Test
    void findOfUnknownIdIsEmptyAndGetSaysNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThat(stories.find(unknown)).isEmpty();
        assertProblem(() -> stories.get(unknown), StoreException.Problem.NOT_FOUND);
    }

    // ------------------------------------------------------------ library and trash

    @Test
    void trashAndRestore() {
        Story story = sample();
        Story other = stories.create(Metadata.withHeadline("Another interview"), List.of(), List.of());

        assertThat(ids(stories.list(false))).containsExactlyInAnyOrder(story.id(), other.id());
        assertThat(stories.list(true)).isEmpty();
        StorySummary summary = stories.list(false).stream().filter(s -> s.id().equals(story.id())).findFirst()
                .orElseThrow();
        assertThat(summary.headline()).isEqualTo("Broadband for every village");
        assertThat(summary.part()).isEqualTo(2);
        assertThat(summary.editor()).isEqualTo("赵编辑");
        assertThat(summary.inTrash()).isFalse();

        stories.moveToTrash(story.id());

        assertThat(ids(stories.list(false))).containsExactly(other.id());
        assertThat(stories.list(true)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(story.id());
            assertThat(s.inTrash()).isTrue();
        });
        assertThat(stories.get(story.id()).paragraphs()).isEqualTo(story.paragraphs());

        stories.restoreFromTrash(story.id());

        assertThat(ids(stories.list(false))).containsExactlyInAnyOrder(story.id(), other.id());
        assertThat(stories.list(true)).isEmpty();
    }

    @Test
    void trashOfUnknownStorySaysNotFound() {
        assertProblem(() -> stories.moveToTrash(UUID.randomUUID()), StoreException.Problem.NOT_FOUND);
        assertProblem(() -> stories.restoreFromTrash(UUID.randomUUID()), StoreException.Problem.NOT_FOUND);
    }

    // ------------------------------------------------------------ optimistic locking

    @Test
    void editWithAnOldVersionIsStaleAndChangesNothing() {
        Story story = sample();
        List<Paragraph> first = new ArrayList<>(story.paragraphs());
        first.set(0, Paragraph.of(HOST, "李主任，您好！"));
        long v2 = apply(story.id(), story.version(), story.paragraphs(), first);
        Story afterFirst = stories.get(story.id());

        List<Paragraph> second = new ArrayList<>(story.paragraphs());
        second.set(2, Paragraph.of(HOST, "资费贵不贵？"));
        TranscriptEdit late = TranscriptEdit.between(story.paragraphs(), second);

        assertProblem(() -> stories.applyEdit(story.id(), story.version(), late), StoreException.Problem.STALE);
        assertThat(stories.get(story.id())).isEqualTo(afterFirst);
        assertThat(afterFirst.version()).isEqualTo(v2);
    }

    @Test
    void metadataWithAnOldVersionIsStaleAndChangesNothing() {
        Story story = sample();
        long v2 = stories.updateMetadata(story.id(), story.version(), story.metadata().withEditor("钱编辑"));
        Story afterFirst = stories.get(story.id());

        assertProblem(() -> stories.updateMetadata(story.id(), story.version(), story.metadata().withEditor("孙编辑")),
                StoreException.Problem.STALE);
        assertProblem(() -> stories.replaceSpeakers(story.id(), story.version(), List.of()),
                StoreException.Problem.STALE);
        assertProblem(() -> stories.saveRevision(story.id(), story.version(), "孙编辑"),
                StoreException.Problem.STALE);

        assertThat(stories.get(story.id())).isEqualTo(afterFirst);
        assertThat(afterFirst.version()).isEqualTo(v2);
        assertThat(afterFirst.metadata().editor()).isEqualTo("钱编辑");
        assertThat(stories.revisions(story.id())).isEmpty();
    }

    @Test
    void writesToAnUnknownStorySayNotFound() {
        UUID unknown = UUID.randomUUID();
        Story story = sample();
        List<Paragraph> current = new ArrayList<>(story.paragraphs());
        current.set(0, Paragraph.of(HOST, "改了"));
        TranscriptEdit edit = TranscriptEdit.between(story.paragraphs(), current);

        assertProblem(() -> stories.applyEdit(unknown, 1L, edit), StoreException.Problem.NOT_FOUND);
        assertProblem(() -> stories.updateMetadata(unknown, 1L, story.metadata()), StoreException.Problem.NOT_FOUND);
        assertProblem(() -> stories.replaceSpeakers(unknown, 1L, List.of()), StoreException.Problem.NOT_FOUND);
        assertProblem(() -> stories.saveRevision(unknown, 1L, "x"), StoreException.Problem.NOT_FOUND);
        assertProblem(() -> stories.restoreRevision(unknown, 1L, 1), StoreException.Problem.NOT_FOUND);
        assertThat(stories.get(story.id())).isEqualTo(story);
    }

    // ------------------------------------------------------------ metadata and speakers

    @Test
    void metadataUpdateReadsBack() {
        Story story = sample();
        Metadata changed = new Metadata("Broadband, part three", "民生", "", "", "新闻台", List.of("王小明"), "钱编辑",
                SampleInterview.PUBLISH_TIME.plusDays(7), SampleInterview.SHANGHAI, List.of(), List.of("宽带"),
                new Series("broadband-2015", "乡村宽带系列", 3, null), "", null);

        long version = stories.updateMetadata(story.id(), story.version(), changed);

        Story read = stories.get(story.id());
        assertThat(read.version()).isEqualTo(version).isEqualTo(story.version() + 1);
        assertThat(read.metadata()).isEqualTo(changed);
        assertThat(read.paragraphs()).isEqualTo(story.paragraphs());
    }

    @Test
    void seriesPartZeroIsInvalidAndChangesNothing() {
        Story story = sample();
        Metadata m = story.metadata();
        Metadata partZero = new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(),
                m.authors(), m.editor(), m.publishTime(), m.timeZone(), m.channels(), m.keywords(),
                new Series("broadband-2015", "乡村宽带系列", 0, 3), m.internalNote(), m.embargoUntil());
        Metadata partBeyondTotal = new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(),
                m.authors(), m.editor(), m.publishTime(), m.timeZone(), m.channels(), m.keywords(),
                new Series("broadband-2015", "乡村宽带系列", 4, 3), m.internalNote(), m.embargoUntil());

        assertProblem(() -> stories.updateMetadata(story.id(), story.version(), partZero),
                StoreException.Problem.INVALID);
        assertProblem(() -> stories.updateMetadata(story.id(), story.version(), partBeyondTotal),
                StoreException.Problem.INVALID);
        assertProblem(() -> stories.create(partZero, List.of(), List.of()), StoreException.Problem.INVALID);

        assertThat(stories.get(story.id())).isEqualTo(story);
        assertThat(stories.list(false)).hasSize(1);
    }

    @Test
    void speakersAreReplacedInOrder() {
        Story story = sample();
        List<Speaker> roster = List.of(
                new Speaker(GUEST, "李主任", "李建国", "区经信委主任", SpeakerRole.GUEST),
                new Speaker("guest2", "张村长", "张红", "", SpeakerRole.GUEST),
                new Speaker(HOST, "主持人", "", "", SpeakerRole.HOST));

        long version = stories.replaceSpeakers(story.id(), story.version(), roster);

        Story read = stories.get(story.id());
        assertThat(read.version()).isEqualTo(version);
        assertThat(read.speakers()).containsExactlyElementsOf(roster);
    }

    // ------------------------------------------------------------ revisions

    @Test
    void revisionsAreNumberedListedNewestFirstAndRestorable() {
        Story story = sample();
        RevisionInfo first = stories.saveRevision(story.id(), story.version(), "赵编辑");
        assertThat(first.number()).isEqualTo(1);
        Story atFirst = stories.get(story.id());
        assertThat(atFirst.revision()).isEqualTo(1);

        List<Paragraph> edited = new ArrayList<>(atFirst.paragraphs());
        edited.set(0, Paragraph.of(HOST, "李主任，欢迎来到直播间。"));
        edited.remove(4);
        long version = apply(story.id(), atFirst.version(), atFirst.paragraphs(), edited);
        version = stories.updateMetadata(story.id(), version,
                atFirst.metadata().withHeadlineText("Broadband: the second look").withAuthors(List.of()));
        RevisionInfo second = stories.saveRevision(story.id(), version, "钱编辑");
        assertThat(second.number()).isEqualTo(2);

        assertThat(stories.revisions(story.id())).extracting(RevisionInfo::number).containsExactly(2, 1);
        assertThat(stories.revisions(story.id())).extracting(RevisionInfo::headline)
                .containsExactly("Broadband: the second look", "Broadband for every village");
        assertThat(stories.revisions(story.id())).extracting(RevisionInfo::savedBy).containsExactly("钱编辑", "赵编辑");

        Story snapshot = stories.revision(story.id(), 1);
        assertThat(snapshot.paragraphs()).isEqualTo(story.paragraphs());
        assertThat(snapshot.metadata()).isEqualTo(story.metadata());

        Story current = stories.get(story.id());
        Story restored = stories.restoreRevision(story.id(), current.version(), 1);

        assertThat(restored.paragraphs()).isEqualTo(story.paragraphs());
        assertThat(restored.metadata()).isEqualTo(story.metadata());
        assertThat(restored.speakers()).isEqualTo(story.speakers());
        assertThat(restored.version()).isEqualTo(current.version() + 1);
        assertThat(stories.get(story.id())).isEqualTo(restored);
        assertThat(stories.revisions(story.id())).as("restoring keeps every revision").hasSize(2);
    }

    @Test
    void restoreWithAnOldVersionIsStale() {
        Story story = sample();
        stories.saveRevision(story.id(), story.version(), "赵编辑");

        assertProblem(() -> stories.restoreRevision(story.id(), story.version(), 1), StoreException.Problem.STALE);
    }

    @Test
    void missingRevisionSaysNotFound() {
        Story story = sample();
        stories.saveRevision(story.id(), story.version(), "赵编辑");

        assertProblem(() -> stories.revision(story.id(), 2), StoreException.Problem.NOT_FOUND);
        assertProblem(() -> stories.revision(story.id(), 0), StoreException.Problem.NOT_FOUND);
        assertProblem(() -> stories.restoreRevision(story.id(), story.version() + 1, 7),
                StoreException.Problem.NOT_FOUND);
    }

    // ------------------------------------------------------------ ids

    @Test
    void idResolvesFromAUniquePrefix() {
        Story story = sample();
        Story other = stories.create(Metadata.withHeadline("Another interview"), List.of(), List.of());
        String id = story.id().toString();

        assertThat(stories.resolveId(id)).contains(story.id());
        assertThat(stories.resolveId(id.toUpperCase())).contains(story.id());
        assertThat(stories.resolveId(" " + id.substring(0, 8) + " ")).contains(story.id());
        assertThat(stories.resolveId(other.id().toString().substring(0, 8))).contains(other.id());
        assertThat(stories.resolveId("")).isEmpty();
        assertThat(stories.resolveId("zz")).isEmpty();
    }

    @Test
    void everyStoryResolvesFromEachOfItsPrefixes() {
        // random ids: among 40, some start with a digit above 7 (the high bit set) and some below
        List<Story> made = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            made.add(stories.create(Metadata.withHeadline("Interview " + i), List.of(), List.of()));
        }
        for (Story s : made) {
            String id = s.id().toString();
            for (int length = 1; length <= id.length(); length++) {
                String prefix = id.substring(0, length);
                long sharing = made.stream().filter(o -> o.id().toString().startsWith(prefix)).count();
                assertThat(stories.resolveId(prefix)).as(prefix)
                        .isEqualTo(sharing == 1 ? java.util.Optional.of(s.id()) : java.util.Optional.empty());
            }
        }
    }

    @Test
    void prefixSharedByTwoStoriesIsAmbiguous() {
        Story story = sample();
        Story other = stories.create(Metadata.withHeadline("Another interview"), List.of(), List.of());
        String a = story.id().toString();
        String b = other.id().toString();
        int common = 0;
        while (a.charAt(common) == b.charAt(common)) {
            common++;
        }

        assertThat(stories.resolveId(a.substring(0, common))).isEmpty();
        assertThat(stories.resolveId(a.substring(0, common + 1))).contains(story.id());
    }

    // ------------------------------------------------------------ helpers
    private Story sample() {
        return stories.create(SampleInterview.metadata(), SampleInterview.speakers(), SampleInterview.paragraphs());
    }

    private long apply(UUID id, long version, List<Paragraph> saved, List<Paragraph> current) {
        return stories.applyEdit(id, version, TranscriptEdit.between(saved, current));
    }

    private static List<UUID> ids(List<StorySummary> summaries) {
        return summaries.stream().map(StorySummary::id).toList();
    }

    private static void assertProblem(ThrowingCallable call, StoreException.Problem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem));
    }
}
