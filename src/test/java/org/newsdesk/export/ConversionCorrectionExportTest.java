package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newsdesk.i18n.Messages;
import org.newsdesk.importer.ImportOptions;
import org.newsdesk.importer.ImportPreview;
import org.newsdesk.importer.ImportProgress;
import org.newsdesk.importer.StoryImporter;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/** The Traditional page of a Traditional source has its conversion errors corrected unless asked for as written. */
class ConversionCorrectionExportTest {

    private static final StoryExporter EXPORTER = ExportFixtures.exporter();

    private static Path seed() {
        Path seed = Path.of(System.getProperty("newsdesk.shared.dir", "../shared"), "seed", "portal-page-example.txt");
        Assumptions.assumeTrue(Files.isRegularFile(seed), "the shared seed page is absent: " + seed);
        return seed;
    }

    private static String page(ExportBundle bundle, String path) {
        return new String(bundle.file(path).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }

    private static Story story(String headline, List<Paragraph> paragraphs) {
        return new Story(UUID.randomUUID(), "seed-page", Status.READY, Metadata.withHeadline(headline), List.of(),
                paragraphs, 1, 1, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void theSeedAsImportedExportsToTraditionalWithItsErrorsCorrected() {
        ImportPreview p = new StoryImporter().preview(seed(), ImportOptions.AUTO, ImportProgress.NONE);
        Story imported = new Story(UUID.randomUUID(), "seed-page", Status.READY, p.metadata(), p.roster(), p.paragraphs(),
                1, 1, Instant.EPOCH, Instant.EPOCH);
        ExportBundle hant = EXPORTER.bundle(imported, ExportOptions.defaults().withScript(ScriptMode.HANT));
        String html = page(hant, BundleBuilder.PAGE);
        assertThat(html).contains("幹事創業", "精幹人員", "提升", "一公里")
                .doesNotContain("乾事創業", "精乾人員", "提昇", "一公裡");
        assertThat(hant.conversionFixes()).containsExactly("乾事創業 → 幹事創業", "精乾人員 → 精幹人員", "一公裡 → 一公里",
                "提昇 → 提升", "提昇 → 提升");

        ExportBundle asWritten = EXPORTER.bundle(imported,
                ExportOptions.defaults().withScript(ScriptMode.HANT).withFixConversion(false));
        assertThat(page(asWritten, BundleBuilder.PAGE)).contains("乾事創業", "精乾人員", "提昇", "一公裡");
        assertThat(asWritten.conversionFixes()).isEmpty();

        ExportBundle both = EXPORTER.bundle(imported, ExportOptions.defaults().withScript(ScriptMode.BOTH));
        assertThat(page(both, BundleBuilder.TRADITIONAL_PAGE)).contains("幹事創業", "精幹人員", "提升", "一公里");
        assertThat(page(both, BundleBuilder.PAGE)).contains("干事创业", "精干人员", "提升", "一公里");
    }

    @Test
    void theWholeSeedPageExportsAllFiveCorrected() throws Exception {
        // every line of the page as a paragraph, the footer with 誠聘英纔 included
        List<Paragraph> lines = new ArrayList<>();
        for (String line : Files.readAllLines(seed(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(Paragraph.narration(line.strip()));
            }
        }
        ExportBundle hant = EXPORTER.bundle(story("市科委副主任做客政務網", lines),
                ExportOptions.defaults().withScript(ScriptMode.HANT));
        assertThat(page(hant, BundleBuilder.PAGE)).contains("幹事創業", "精幹人員", "提升", "英才", "一公里")
                .doesNotContain("英纔");
    }

    @Test
    void aSimplifiedSourceAndAnAsIsExportAreLeftAlone() {
        Story simplified = story("区文化馆馆长谈阅读", List.of(Paragraph.narration("我们要有干事创业的热情，服务不断提升。")));
        ExportBundle hant = EXPORTER.bundle(simplified, ExportOptions.defaults().withScript(ScriptMode.HANT));
        assertThat(hant.conversionFixes()).isEmpty();
        assertThat(page(hant, BundleBuilder.PAGE)).contains("幹事創業", "提升");

        Story traditional = story("區文化館館長談閱讀", List.of(Paragraph.narration("我們要有乾事創業的熱情，服務不斷提昇。")));
        ExportBundle asIs = EXPORTER.bundle(traditional, ExportOptions.defaults());
        assertThat(asIs.conversionFixes()).isEmpty();
        assertThat(page(asIs, BundleBuilder.PAGE)).contains("乾事創業");
    }

    @Test
    void theSummaryListsTheCorrections() {
        Story traditional = story("區文化館館長談閱讀", List.of(Paragraph.narration("我們要有乾事創業的熱情，服務不斷提昇。")));
        ExportBundle hant = EXPORTER.bundle(traditional, ExportOptions.defaults().withScript(ScriptMode.HANT));
        ExportResult result = new ExportResult(hant, Path.of("out", "seed-page-r1"), null, null);
        assertThat(ExportSummary.text(result, new Messages(Locale.ENGLISH)))
                .endsWith("Conversion errors corrected in the Traditional page: 乾事創業 → 幹事創業, 提昇 → 提升");
    }
}
