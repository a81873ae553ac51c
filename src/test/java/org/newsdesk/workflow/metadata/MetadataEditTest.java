package org.newsdesk.workflow.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.text.Slugs;

class MetadataEditTest {

    private static final UUID ID = UUID.fromString("8c1f2a3b-0000-4000-8000-000000000001");
    private final MetadataEdit edit = new MetadataEdit(new MetadataValidator(ChannelList.DEFAULT));

    private static Story story(Metadata m, String slug) {
        return new Story(ID, slug, Status.DRAFT, m, List.of(), List.of(), 0, 1, Instant.EPOCH, Instant.EPOCH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "publishTime=2015-02-30 10:00:00|PUBLISH_TIME|validation.date.invalid",
        "publishTime=2015-13-01 10:00:00|PUBLISH_TIME|validation.date.invalid",
        "publishTime=yesterday|PUBLISH_TIME|validation.date.invalid",
        "publishTime=2015-07-31 25:00:00|PUBLISH_TIME|validation.date.invalid",
        "embargoUntil=2015-07-32 10:00|EMBARGO_UNTIL|validation.date.invalid",
        "timeZone=Mars/Olympus|TIME_ZONE|validation.zone.unknown",
        "part=0|PART|validation.part.tooSmall",
        "part=x|PART|validation.number.invalid",
        "slug=../x|SLUG|validation.slug.unsafe",
        "slug=a/b|SLUG|validation.slug.unsafe",
        "slug=aux|SLUG|validation.slug.reserved",
        "channels=不存在|CHANNELS|validation.channel.unknown",
        "colour=red|HEADLINE|validation.unknownField"})
    void badInputIsAProblemAtItsField(String assignment, MetadataField field, String key) {
        MetadataEdit.Result r = edit.apply(story(Metadata.withHeadline("標題"), "story-8c1f2a3b"), List.of(assignment));

        assertThat(r.valid()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void partBeyondTotal() {
        MetadataEdit.Result r = edit.apply(story(Metadata.withHeadline("標題"), "s"),
                List.of("seriesName=科技訪談", "part=4", "total=3"));

        assertThat(r.problems()).extracting(FieldProblem::messageKey).containsExactly("validation.part.beyondTotal");
    }

    @Test
    void valuesAreParsedAsAPersonTypesThem() {
        MetadataEdit.Result r = edit.apply(story(Metadata.withHeadline("舊標題"), "story-8c1f2a3b"), List.of(
                "headline=市科委副主任李寶純做客天津政務網", "kicker=【政務訪談】", "authors=王小明、陳靜, 王小明",
                "channels=新聞，天津", "publishTime=2015-07-31 10:02:54", "seriesName=創新對話", "part=3", "total=5"));

        assertThat(r.problems()).isEmpty();
        Metadata m = r.metadata();
        assertThat(m.kicker()).isEqualTo("政務訪談");
        assertThat(m.authors()).containsExactly("王小明", "陳靜");
        assertThat(m.channels()).containsExactly("新聞", "天津");
        assertThat(m.publishTime()).isEqualTo(ZonedDateTime.of(2015, 7, 31, 10, 2, 54, 0, ZoneId.of("Asia/Shanghai")));
        assertThat(m.series().part()).isEqualTo(3);
        assertThat(m.series().total()).isEqualTo(5);
        assertThat(m.series().id()).isNotBlank();
        assertThat(HeadlinePreview.headline(m)).isEqualTo("市科委副主任李寶純做客天津政務網(3)");
    }

    @Test
    void theDerivedSlugFollowsTheHeadlineButAnEditedOneStays() {
        Story derived = story(Metadata.withHeadline("Old title"), "old-title");
        assertThat(edit.apply(derived, List.of("headline=Broadband for All")).slug()).isEqualTo("broadband-for-all");

        Story edited = story(Metadata.withHeadline("Old title"), "my-own-slug");
        assertThat(edit.apply(edited, List.of("headline=Broadband for All")).slug()).isEqualTo("my-own-slug");
    }

    @Test
    void aChineseHeadlineGivesAPinyinSlugButAnOlderSlugNeverChanges() {
        Story fresh = story(Metadata.withHeadline(""), Slugs.fromHeadline("", ID));
        assertThat(edit.apply(fresh, List.of("headline=长江沿线行长座谈会")).slug()).isEqualTo("chang-jiang-yan-xian-hang-zhang-zuo-tan-hui");

        // made before slugs were pinyin: the stored slug wins over what the headline would give now
        Story older = story(Metadata.withHeadline("乡村宽带进村入户"), "story-8c1f2a3b");
        assertThat(edit.apply(older, List.of("headline=乡村宽带全覆盖")).slug()).isEqualTo("story-8c1f2a3b");

        Story published = new Story(ID, "xiang-cun-kuan-dai", Status.PUBLISHED, Metadata.withHeadline("乡村宽带"),
                List.of(), List.of(), 0, 1, Instant.EPOCH, Instant.EPOCH);
        assertThat(edit.apply(published, List.of("headline=乡村宽带全覆盖")).slug()).isEqualTo("xiang-cun-kuan-dai");
    }

    @Test
    void anEmptyPartLeavesTheSeries() {
        Metadata inSeries = new Metadata("標題", "", "", "", "", List.of(), "", null, null, List.of(), List.of(),
                new Series("s1", "系列", 2, 3), "", null);
        assertThat(edit.apply(story(inSeries, "s"), List.of("part=")).metadata().series()).isNull();
    }

    /** An autosave keeps the valid values and leaves each bad one (and the fields checked with it) as stored. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "slug=a/b|SLUG|story-8c1f2a3b|新標題",
        "slug=..|SLUG|story-8c1f2a3b|新標題",
        "slug=nul|SLUG|story-8c1f2a3b|新標題",
        "part=0|PART|story-8c1f2a3b|新標題",
        "publishTime=2015-02-30 10:00|PUBLISH_TIME|story-8c1f2a3b|新標題",
        "editor=張\u0001令沛|EDITOR|story-8c1f2a3b|新標題"})
    void applyValidSavesTheRestAndReportsTheBadField(String bad, MetadataField field, String slug, String headline) {
        Story before = story(new Metadata("標題", "", "", "", "", List.of(), "王明", null, null, List.of(), List.of(),
                new Series("s", "科技", 2, 3), "", null), "story-8c1f2a3b");
        java.util.Map<MetadataField, String> values = new java.util.LinkedHashMap<>();
        values.put(MetadataField.HEADLINE, "新標題");
        values.put(MetadataField.SOURCE, "天津政務網");
        values.put(MetadataField.SLUG, "story-8c1f2a3b");
        String[] kv = bad.split("=", 2);
        values.put(MetadataField.byId(kv[0]).orElseThrow(), kv[1]);

        MetadataEdit.Result r = edit.applyValid(before, values);

        assertThat(r.problems()).extracting(FieldProblem::field).contains(field);
        assertThat(new MetadataValidator(ChannelList.DEFAULT).validate(r.metadata(), r.slug())).isEmpty();
        assertThat(r.slug()).isEqualTo(slug);
        assertThat(r.metadata().headline()).isEqualTo(headline);
        assertThat(r.metadata().source()).isEqualTo("天津政務網");
        assertThat(r.metadata().series()).isEqualTo(before.metadata().series());
        assertThat(r.metadata().editor()).isEqualTo("王明");
    }

    @Test
    void applyValidWithOnlyGoodValuesIsApply() {
        Story before = story(Metadata.withHeadline("標題"), "story-8c1f2a3b");
        java.util.Map<MetadataField, String> values = java.util.Map.of(MetadataField.EDITOR, "張令沛",
                MetadataField.PUBLISH_TIME, "2015-07-31 10:02:54");

        assertThat(edit.applyValid(before, values)).isEqualTo(edit.apply(before, values));
    }
}
