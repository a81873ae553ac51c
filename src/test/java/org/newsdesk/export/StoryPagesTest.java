package org.newsdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Story;
import org.newsdesk.store.Store;
import org.newsdesk.store.TestStores;

/**
 * The one path from a story to its page looks the series' neighbours up in a real store: a
 * part's page links to the parts before and after it, whether it is exported, bundled for the
 * outbox or previewed.
 */
class StoryPagesTest {

    @TempDir
    Path dataFolder;
    @TempDir
    Path out;
    private Store store;
    private StoryPages pages;

    @BeforeEach
    void open() {
        store = TestStores.fresh(dataFolder);
        pages = StoryPages.forStore(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Metadata part(String headline, Series series) {
        Metadata m = Metadata.withHeadline(headline);
        return new Metadata(m.headline(), m.kicker(), m.subtitle(), m.summary(), m.source(), m.authors(), m.editor(),
                m.publishTime(), m.timeZone(), m.channels(), m.keywords(), series, m.internalNote(), m.embargoUntil());
    }

    private Story create(String headline, Series series) {
        return store.stories().create(part(headline, series), List.of(), List.of(Paragraph.narration("河畔的新書店開張了。")));
    }

    private static Document page(ExportResult result) throws Exception {
        return Jsoup.parse(Files.readString(result.folder().resolve("index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void aMiddlePartLinksToThePartsBeforeAndAfterIt() throws Exception {
        Story first = create("Riverside bookshops, part one", new Series("books", "Riverside bookshops", 1, 3));
        Story third = create("Riverside bookshops, part three", new Series("books", "Riverside bookshops", 3, 3));
        Story second = create("Riverside bookshops, part two", new Series("books", "Riverside bookshops", 2, 3));
        create("Harbour ferries, part two", new Series("ferries", "Harbour ferries", 2, 2));

        Document page = page(pages.export(second, ExportOptions.defaults(), out, false));

        assertThat(page.select("nav.series a.previous").attr("href")).isEqualTo("../" + first.slug() + "/");
        assertThat(page.select("nav.series a.next").attr("href")).isEqualTo("../" + third.slug() + "/");
    }

    @Test
    void theFirstPartHasOnlyANextLinkAndAMissingPartGivesNoLink() throws Exception {
        Story first = create("Night markets, part one", new Series("markets", "Night markets", 1, null));
        create("Night markets, part three", new Series("markets", "Night markets", 3, null));
        Story second = create("Night markets, part two", new Series("markets", "Night markets", 2, null));

        Document page = page(pages.export(first, ExportOptions.defaults(), out, false));

        assertThat(page.select("nav.series a.previous")).isEmpty();
        assertThat(page.select("nav.series a.next").attr("href")).isEqualTo("../" + second.slug() + "/");
        assertThat(pages.prepare(first, ExportOptions.defaults()).neighbours())
                .isEqualTo(new SeriesNeighbours(null, second.slug()));
    }

    @Test
    void aStoryOutsideASeriesHasNoSeriesNavigation() throws Exception {
        Story alone = store.stories().create(Metadata.withHeadline("A quiet week at the library"), List.of(),
                List.of(Paragraph.narration("沒有新聞就是好新聞。")));

        assertThat(page(pages.export(alone, ExportOptions.defaults(), out, false)).select("nav.series")).isEmpty();
        assertThat(pages.prepare(alone, ExportOptions.defaults().withNeighbours(new SeriesNeighbours("stale", null)))
                .neighbours()).isEqualTo(SeriesNeighbours.NONE);
    }

    @Test
    void theOutboxBundleAndTheExportedFolderCarryTheSamePage() throws Exception {
        create("Tram lines, part one", new Series("trams", "Tram lines", 1, 2));
        Story second = create("Tram lines, part two", new Series("trams", "Tram lines", 2, 2));

        ExportResult exported = pages.export(second, ExportOptions.defaults(), out, false);
        ExportBundle bundled = pages.bundle(second, ExportOptions.defaults());

        assertThat(bundled.file("index.html").orElseThrow().bytes())
                .isEqualTo(Files.readAllBytes(exported.folder().resolve("index.html")));
        assertThat(page(exported).select("nav.series a.previous")).hasSize(1);
    }
}
