package org.newsdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.store.FSDirectory;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.LibraryFilter;
import org.newsdesk.store.LibraryIds;
import org.newsdesk.store.LibrarySort;
import org.newsdesk.store.Store;
import org.newsdesk.ui.library.PagedRows;

/**
 * The scale profile's in-process figures: the heap the window's library list holds for the
 * whole library, and a two-character search against plain Lucene on the same index folder.
 */
final class ScaleInProcess {

    /**
     * What the library list holds once loaded, and the heap's peak while it was read: the
     * window's (every id, and at most {@link PagedRows#KEPT_PAGES} pages of rows) and, for
     * comparison, every row of the library held at once (what the window held before paging).
     */
    record LibraryHeap(int rows, long retainedBytes, long peakBytes, long wholeRetainedBytes) {
    }

    /**
     * Medians per search, wall and CPU of this thread: ours; plain Lucene's search with the first
     * page's stored fields read (what a page of results needs); plain Lucene's search alone.
     */
    record SearchPair(double oursMillis, double oursCpuMillis, double luceneMillis, double luceneCpuMillis,
                      double searchOnlyCpuMillis, long hits, long luceneHits) {

        String cpuText() {
            return String.format("two-character search CPU medians: ours %.2f ms vs plain Lucene's page %.2f ms (%.2fx);"
                    + " plain Lucene's search alone %.2f ms (%.2fx)", oursCpuMillis, luceneCpuMillis,
                    oursCpuMillis / luceneCpuMillis, searchOnlyCpuMillis, oursCpuMillis / searchOnlyCpuMillis);
        }
    }

    /** The two-character pair alone on an index already built: {@code INDEX_FOLDER QUERY ROUNDS}. */
    public static void main(String[] args) throws IOException {
        SearchPair two = twoCharacters(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
        System.out.printf("%s: %,d hits (Lucene %,d); wall ours %.2f ms vs %.2f ms (%.2fx)%n", args[1], two.hits(),
                two.luceneHits(), two.oursMillis(), two.luceneMillis(), two.oursMillis() / two.luceneMillis());
        System.out.println(two.cpuText());
    }

    private ScaleInProcess() {
    }

    static LibraryHeap libraryHeap(Store store) {
        long before = usedAfterGc();
        resetPeaks();
        LibraryIds ids = store.library().ids(LibraryFilter.ALL, LibrarySort.LIBRARY, null);
        List<List<LibraryEntry>> pages = new java.util.ArrayList<>();
        for (int p = 0; p < PagedRows.KEPT_PAGES && p * PagedRows.PAGE < ids.size(); p++) {
            pages.add(store.library().entries(ids.range(p * PagedRows.PAGE,
                    Math.min(ids.size(), (p + 1) * PagedRows.PAGE))));
        }
        long peak = heapPeak();
        long after = usedAfterGc();
        java.lang.ref.Reference.reachabilityFence(pages);
        java.lang.ref.Reference.reachabilityFence(ids);
        pages.clear();
        long cleared = usedAfterGc();
        List<LibraryEntry> whole = store.library().list(LibraryFilter.ALL);
        long wholeBytes = usedAfterGc() - cleared;
        java.lang.ref.Reference.reachabilityFence(whole);
        return new LibraryHeap(ids.size(), after - before, peak - before, wholeBytes);
    }

    static SearchPair twoCharacters(Path indexFolder, String query, int rounds) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Query raw = rawQuery(query);
        try (SearchIndex ours = SearchIndex.open(indexFolder);
             FSDirectory dir = FSDirectory.open(indexFolder);
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long hits = 0;
            long luceneHits = 0;
            for (int i = 0; i < 20; i++) {
                hits = ours.search(query, 0, SearchIndex.DEFAULT_PAGE_SIZE).totalHits();
                luceneHits = rawPage(searcher, raw);
            }
            double[] ow = new double[rounds];
            double[] oc = new double[rounds];
            double[] lw = new double[rounds];
            double[] lc = new double[rounds];
            double[] sc = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long w = System.nanoTime();
                long c = cpu.getCurrentThreadCpuTime();
                ours.search(query, 0, SearchIndex.DEFAULT_PAGE_SIZE);
                ow[i] = (System.nanoTime() - w) / 1e6;
                oc[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
                w = System.nanoTime();
                c = cpu.getCurrentThreadCpuTime();
                rawPage(searcher, raw);
                lw[i] = (System.nanoTime() - w) / 1e6;
                lc[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
                c = cpu.getCurrentThreadCpuTime();
                searcher.search(raw, SearchIndex.DEFAULT_PAGE_SIZE);
                sc[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
            }
            return new SearchPair(median(ow), median(oc), median(lw), median(lc), median(sc), hits, luceneHits);
        }
    }

    /** Plain Lucene's first page: the top 20 and the stored fields a page of results shows. */
    private static long rawPage(IndexSearcher searcher, Query raw) throws IOException {
        TopDocs top = searcher.search(raw, SearchIndex.DEFAULT_PAGE_SIZE);
        StoredFields stored = searcher.storedFields();
        long chars = 0;
        for (ScoreDoc d : top.scoreDocs) {
            Document doc = stored.document(d.doc, PAGE_FIELDS);
            chars += doc.get("headline").length() + doc.get("body").length();
        }
        return chars >= 0 ? top.totalHits.value : -1;
    }

    private static final Set<String> PAGE_FIELDS = Set.of("id", "headline", "meta", "body");

    /**
     * The same query as ours in plain Lucene: the typed text analyzed by the index's own analyzer
     * (so 創新 becomes the folded bigram the index holds), a phrase in each of the three text
     * fields, any of them, top 20.
     */
    static Query rawQuery(String twoCharacters) {
        QueryBuilder phrases = new QueryBuilder(SearchIndex.analyzer());
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : List.of("headline", "meta", "body")) {
            any.add(phrases.createPhraseQuery(field, twoCharacters), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()}. */
    static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
