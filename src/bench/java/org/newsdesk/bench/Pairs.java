package org.newsdesk.bench;

import java.util.List;

/**
 * The registry of comparisons the suite reports. To add one: write the two benchmark
 * methods (ours and its baseline, in the same class) and add a line here.
 */
public final class Pairs {

    public static final List<Pair> ALL = List.of(
            new Pair("save one changed paragraph", StoreBenchmarks.class,
                    "saveOneParagraphOurs", "saveOneParagraphJdbc", 3.0),
            new Pair("open a 3,000-paragraph story", StoreBenchmarks.class,
                    "openStoryOurs", "openStoryJdbc", 2.0),
            new Pair("detect speakers in a 10 MB transcript", ImportBenchmarks.class,
                    "detectSpeakersOurs", "readLinesBaseline", 3.0),
            // the whole import, file to story in the store, against reading the lines and
            // inserting a row per line with one batched plain-JDBC statement
            new Pair("import a 10 MB transcript into the store", ImportStoreBenchmarks.class,
                    "importFileOurs", "importFileFloor", 2.0),
            new Pair("search a two-character query, first page (100k stories)", SearchBenchmarks.class,
                    "searchTwoCharactersOurs", "searchTwoCharactersLucene", 5.0),
            new Pair("index a story after a paragraph edit (no commit)", SearchBenchmarks.class,
                    "updateAfterEditOurs", "updateAfterEditLucene", 2.0),
            new Pair("open a 300k-character transcript in the editor, with first layout", EditorBenchmarks.class,
                    "openOurs", "openBare", 1.5),
            // one operation = 60 keystrokes, so this ratio is of the means; the p95 ratio
            // (the target's real measure) is printed by the forks as EDITORBENCH lines
            new Pair("keystroke to end of layout, mean of 60", EditorBenchmarks.class,
                    "keystrokeOurs", "keystrokeBare", 1.15),
            // the same keystrokes over sown findings, with the Proofreading panel and a whole-story check every 5 keystrokes
            new Pair("keystroke with proofreading running / without", EditorBenchmarks.class,
                    "keystrokeCheckedOurs", "keystrokeOurs", 1.15),
            new Pair("export a 300k-character story to a zip", ExportBenchmarks.class,
                    "exportZipOurs", "escapeAndDeflateBaseline", 1.5),
            // throughput at least half the library's = time at most twice
            new Pair("convert 1 MB Simplified to Traditional", ExportBenchmarks.class,
                    "convertMegabyteOurs", "convertMegabyteOpencc4j", 2.0),
            // throughput at least half the bare loop's = time at most twice
            new Pair("deliver 1,000 small bundles to a local portal", SyncBenchmarks.class,
                    "deliverThroughOutbox", "bareHttpClientLoop", 2.0),
            // and each page under 16.7 ms (a frame at 60 fps): the LIBRARYBENCH lines and the score
            new Pair("scroll the library one page, 100k stories, with layout", LibraryBenchmarks.class,
                    "scrollPageOurs", "scrollPageBare", 2.0),
            // the real target is absolute (at most 200 ms a check): the score in ms is printed beside the ratio
            new Pair("proofread a 300k-character story, every rule", ProofBenchmarks.class,
                    "proofreadOurs", "readCharactersBaseline", 60.0));

    private Pairs() {
    }
}
