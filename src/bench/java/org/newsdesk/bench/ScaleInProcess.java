package org.newsdesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.store.LibraryEntry;
import org.newsdesk.store.LibraryFilter;
import org.newsdesk.store.Store;

/**
 * The scale profile's in-process figures: the heap the window's library list holds for the
 * whole library, and a two-character search against plain Lucene on the same index folder.
 */
final class ScaleInProcess {

    /** What the library list holds once loaded, and the heap's peak while it was read. */
    record LibraryHeap(int rows, long retainedBytes, long peakBytes) {
    }

    /** Medians per search, wall and CPU of this thread, ours then Lucene's. */
    record SearchPair(double oursMillis, double oursCpuMillis, double luceneMillis, double luceneCpuMillis, long hits) {
    }

    private ScaleInProcess() {
    }

    static LibraryHeap libraryHeap(Store store) {
        long before = usedAfterGc();
        resetPeaks();
        List<LibraryEntry> rows = store.library().list(LibraryFilter.ALL);
        long peak = heapPeak();
        long after = usedAfterGc();
        int n = rows.size();
        return new LibraryHeap(n, after - before, peak - before);
    }

    static SearchPair twoCharacters(Path indexFolder, String query, int rounds) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Query raw = rawQuery(query);
        try (SearchIndex ours = SearchIndex.open(indexFolder);
             FSDirectory dir = FSDirectory.open(indexFolder);
             DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            long hits = 0;
            for (int i = 0; i < 20; i++) {
                hits = ours.search(query, 0, SearchIndex.DEFAULT_PAGE_SIZE).totalHits();
                searcher.search(raw, SearchIndex.DEFAULT_PAGE_SIZE);
            }
            double[] ow = new double[rounds];
            double[] oc = new double[rounds];
            double[] lw = new double[rounds];
            double[] lc = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long w = System.nanoTime();
                long c = cpu.getCurrentThreadCpuTime();
                ours.search(query, 0, SearchIndex.DEFAULT_PAGE_SIZE);
                ow[i] = (System.nanoTime() - w) / 1e6;
                oc[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
                w = System.nanoTime();
                c = cpu.getCurrentThreadCpuTime();
                searcher.search(raw, SearchIndex.DEFAULT_PAGE_SIZE);
                lw[i] = (System.nanoTime() - w) / 1e6;
                lc[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
            }
            return new SearchPair(median(ow), median(oc), median(lw), median(lc), hits);
        }
    }

    /** The same bigram phrase over the same three fields as the suite's pair, top 20. */
    private static Query rawQuery(String twoCharacters) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : List.of("headline", "meta", "body")) {
            any.add(new PhraseQuery(field, twoCharacters), BooleanClause.Occur.SHOULD);
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
