package org.newsdesk.workflow.metadata;

import org.newsdesk.workflow.status.StatusTransitions;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.model.Status;

class HeadlinePreviewTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Metadata seed(List<String> authors, Series series) {
        return new Metadata("市科委副主任李寶純做客天津政務網", "政務訪談", "天津市推進『大眾創業、萬眾創新』有關情況", "",
                "天津政務網", authors, "張令沛", ZonedDateTime.of(2015, 7, 31, 10, 2, 54, 0, SHANGHAI), SHANGHAI,
                List.of(), List.of(), series, "", null);
    }

    @Test
    void theSeedPagesHeadlineBlock() {
        Metadata m = seed(List.of(), new Series("s", "", 3, null));

        assertThat(HeadlinePreview.headline(m)).isEqualTo("市科委副主任李寶純做客天津政務網(3)");
        assertThat(HeadlinePreview.metadataLine(m, HeadlinePreview.Script.TRADITIONAL))
                .isEqualTo("來源: 天津政務網  作者:  2015-07-31 10:02:54  編輯:張令沛");
        assertThat(HeadlinePreview.kickerLine(m)).isEqualTo("【政務訪談】天津市推進『大眾創業、萬眾創新』有關情況");
    }

    @Test
    void authorsAndScriptAndZone() {
        Metadata m = seed(List.of("王小明", "陳靜"), null);
        Metadata utc = new Metadata(m.headline(), m.kicker(), m.subtitle(), "", m.source(), m.authors(), m.editor(),
                m.publishTime().withZoneSameInstant(ZoneId.of("UTC")), SHANGHAI, List.of(), List.of(), null, "", null);

        assertThat(HeadlinePreview.headline(m)).isEqualTo("市科委副主任李寶純做客天津政務網");
        assertThat(HeadlinePreview.metadataLine(utc, HeadlinePreview.Script.SIMPLIFIED))
                .isEqualTo("来源: 天津政務網  作者: 王小明 陳靜  2015-07-31 10:02:54  编辑:張令沛");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"標題(3)|3", "標題（12）|12", "標題 ( 2 ) |2", "標題|", "(3)標題|"})
    void partSuffix(String headline, Integer part) {
        assertThat(HeadlinePreview.partSuffix(headline)).isEqualTo(part);
    }

    @Test
    void aHeadlineWithItsOwnSuffixIsNotSuffixedTwice() {
        Metadata m = seed(List.of(), new Series("s", "", 3, null)).withHeadlineText("做客政務網(3)");
        assertThat(HeadlinePreview.headline(m)).isEqualTo("做客政務網(3)");
    }

    @ParameterizedTest
    @CsvSource({
        "DRAFT,READY,true", "DRAFT,APPROVED,false", "DRAFT,PUBLISHED,false", "DRAFT,WITHDRAWN,false",
        "READY,APPROVED,true", "READY,DRAFT,true", "READY,PUBLISHED,false",
        "APPROVED,PUBLISHED,true", "APPROVED,DRAFT,true", "APPROVED,READY,false",
        "PUBLISHED,WITHDRAWN,true", "PUBLISHED,DRAFT,false", "PUBLISHED,APPROVED,false",
        "WITHDRAWN,DRAFT,true", "WITHDRAWN,PUBLISHED,false", "DRAFT,DRAFT,false"})
    void statusTransitions(Status from, Status to, boolean allowed) {
        assertThat(StatusTransitions.allowed(from, to)).isEqualTo(allowed);
        assertThat(StatusTransitions.next(from).contains(to)).isEqualTo(allowed);
    }

    @Test
    void readyAndBeyondNeedReadiness() {
        assertThat(StatusTransitions.requiresReadiness(Status.READY)).isTrue();
        assertThat(StatusTransitions.requiresReadiness(Status.APPROVED)).isTrue();
        assertThat(StatusTransitions.requiresReadiness(Status.PUBLISHED)).isTrue();
        assertThat(StatusTransitions.requiresReadiness(Status.DRAFT)).isFalse();
        assertThat(StatusTransitions.requiresReadiness(Status.WITHDRAWN)).isFalse();
    }
}
