package org.newsdesk.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsdesk.TestRequirements;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;

/**
 * The real portal page in ../shared/seed/ (read from there, never copied into the
 * repository) imports exactly as the issue lists.
 */
@Tag(TestRequirements.SEED)
class SeedPageImportTest {

    private static Path seed;
    private static String page;
    private static ImportPreview preview;

    /** Imported once; checked before each test so that without the seed every case is reported as skipped. */
    @BeforeEach
    void importSeed() throws Exception {
        Path found = TestRequirements.seedPage();
        if (preview == null) {
            seed = found;
            page = Files.readString(seed);
            preview = new StoryImporter().preview(seed, ImportOptions.AUTO, ImportProgress.NONE);
        }
    }

    @Test
    void metadataIsThePagesHeaderWithThePartInTheSeries() {
        Metadata m = preview.metadata();
        assertThat(m.headline()).isEqualTo("市科委副主任李寶純做客天津政務網");
        assertThat(m.series()).isNotNull();
        assertThat(m.series().part()).isEqualTo(3);
        assertThat(m.series().total()).isNull();
        assertThat(m.series().id()).isNotBlank();
        assertThat(m.kicker()).isEqualTo("政務訪談");
        assertThat(m.subtitle()).isEqualTo("天津市推進『大眾創業、萬眾創新』有關情況");
        assertThat(m.source()).isEqualTo("天津政務網");
        assertThat(m.authors()).isEmpty();
        assertThat(m.editor()).isEqualTo("張令沛");
        assertThat(m.publishTime()).isEqualTo(ZonedDateTime.of(2015, 7, 31, 10, 2, 54, 0, Metadata.DEFAULT_ZONE));
        assertThat(m.publishTime().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(preview.url()).isEqualTo("http://ms.enorth.com.cn");
        assertThat(preview.format()).isEqualTo(ImportFormat.TEXT);
    }

    @Test
    void speakersAreTheHostAndTheGuest() {
        assertThat(preview.roster()).extracting(Speaker::label).containsExactly("主持人", "李寶純");
        assertThat(preview.roster()).extracting(Speaker::role).containsExactly(SpeakerRole.HOST, SpeakerRole.GUEST);
        assertThat(preview.roster()).extracting(Speaker::key).containsExactly("host", "guest1");
    }

    @Test
    void sixParagraphsOneByTheHostThenFiveByTheGuest() {
        List<Paragraph> paragraphs = preview.paragraphs();
        assertThat(paragraphs).extracting(Paragraph::speakerKey)
                .containsExactly("host", "guest1", "guest1", "guest1", "guest1", "guest1");
        // the labels are gone from the text; every paragraph is a body line of the page
        assertThat(paragraphs.get(0).text()).doesNotStartWith("主持人").startsWith("好,主任");
        assertThat(paragraphs.get(1).text()).doesNotStartWith("李寶純").startsWith("圍繞上述目標任務");
        assertThat(paragraphs.subList(2, 6)).extracting(p -> p.text().substring(0, 2))
                .containsExactly("首先", "其次", "第三", "第四");
        for (Paragraph p : paragraphs) {
            assertThat(page).contains(p.text());
            assertThat(p.text()).isEqualTo(p.text().strip());
        }
        assertThat(preview.paragraphCounts()).containsEntry("host", 1).containsEntry("guest1", 5);
    }

    @Test
    void nothingOfTheNavigationPromotionPrintLinksOrFooterIsInTheStory() {
        StringBuilder all = new StringBuilder();
        preview.paragraphs().forEach(p -> all.append(p.text()).append('\n'));
        String story = all.toString();
        for (String pageOnly : List.of("新聞 | 天津", "客戶端", "查詢碼", "驗證碼", "滿意度", "全部", "打印", "關閉窗口",
                "Copyright", "版權所有", "許可證", "http://")) {
            assertThat(page).as("the page has it").contains(pageOnly);
            assertThat(story).as(pageOnly).doesNotContain(pageOnly);
        }
        assertThat(preview.metadata().headline() + preview.metadata().subtitle()).doesNotContain("全部");
    }
}
