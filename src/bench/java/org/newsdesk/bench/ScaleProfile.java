package org.newsdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsdesk.app.WindowJvm;
import org.newsdesk.bench.WholeProcess.Timing;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.search.IndexSync;
import org.newsdesk.search.SearchIndex;
import org.newsdesk.search.StoreStories;
import org.newsdesk.store.BulkStories;
import org.newsdesk.store.LibraryFilter;
import org.newsdesk.store.Store;
import org.newsdesk.ui.library.PagedRows;

/**
 * The scale profile ({@code -Pbench -Dbench.args=Scale}): builds a library of 100,000 stories
 * (about 1,000 characters of transcript each) through the store's bulk path and compacts it
 * (the bulk-load policy), then prints the H2 file against the text it holds, a cold
 * {@code search} as a whole process (time, peak RSS), the index rebuild as a whole process with
 * the window's JVM options (time, peak RSS; the window's own toolkit comes on top), its time and
 * peak heap in process, the index's size, the heap the window's library list holds, a two-character
 * search against plain Lucene, and the command line's {@code list}, {@code show} and
 * {@code search} as whole processes against plain JDBC and plain Lucene on the same files
 * (alternated, medians, CPU beside wall). The cold search and the three commands run twice: by
 * the main class on the bench's class path, and through the launcher a user runs
 * ({@code bin/newsdesk} on {@code target/newsdesk.jar}: its class-data archive and flags; skipped
 * when the jar is not built); the cold search a third time as {@code java -jar}.
 *
 * <pre>Scale [-stories=N] [-rounds=N] [-keep=DIR] [-buildOnly] [-textBytes=N]</pre>
 *
 * {@code -buildOnly} stops after building and compacting the library (to open a window on it, or
 * to copy it); a later run on a kept library takes the text size it printed as {@code -textBytes}.
 */
public final class ScaleProfile {

    private static final long SEED = 20_261_202L;
    private static final String QUERY = "創新";

    private ScaleProfile() {
    }

    public static void main(String[] args) throws Exception {
        int stories = 100_000;
        int rounds = 5;
        Path keep = null;
        boolean buildOnly = false;
        long keptTextBytes = -1;
        for (String a : args) {
            if (a.startsWith("-stories=")) {
                stories = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("-rounds=")) {
                rounds = Integer.parseInt(a.substring(8));
            } else if (a.startsWith("-keep=")) {
                keep = Path.of(a.substring(6));
            } else if (a.equals("-buildOnly")) {
                buildOnly = true;
            } else if (a.startsWith("-textBytes=")) {
                keptTextBytes = Long.parseLong(a.substring(11));
            } else if (!a.isBlank() && !a.equals("Scale") && !a.equals("-quick")) {
                System.err.println("usage: Scale [-stories=N] [-rounds=N] [-keep=DIR] [-buildOnly] [-textBytes=N]");
                System.exit(2);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path data = keep != null ? keep : Files.createTempDirectory("newsdesk-scale");
        out.printf("Newsdesk scale profile: %,d stories in %s; load before: %s%n", stories, data, WholeProcess.load());

        List<String[]> rows = new ArrayList<>();
        long textBytes;
        Path db = data.resolve(Store.DATABASE_FILE);
        if (Files.exists(db)) {
            textBytes = keptTextBytes;
            out.println("(library already there: kept, not rebuilt)");
        } else {
            long t0 = System.nanoTime();
            textBytes = build(data, stories, out);
            rows.add(new String[] {"build the library (bulk, 1,000 stories a transaction)", seconds(System.nanoTime() - t0), "", "", ""});
            long built = Files.size(db);
            rows.add(new String[] {"  H2 file as built vs its text (UTF-8)", mib(built), mib(textBytes), ratio(built, textBytes), ""});
            long c0 = System.nanoTime();
            Store.open(data).closeCompacted();
            rows.add(new String[] {"  bulk-build compaction (SHUTDOWN COMPACT, whole rewrite)",
                    seconds(System.nanoTime() - c0), "", "", ""});
        }
        long h2 = Files.size(db);
        rows.add(new String[] {"H2 file vs transcript and headline text (UTF-8)", mib(h2),
                textBytes < 0 ? "?" : mib(textBytes), textBytes < 0 ? "" : ratio(h2, textBytes), "<= 1.5x"});
        if (buildOnly) {
            print(out, rows);
            out.printf("text bytes (for -textBytes=): %d; load after: %s%n", textBytes, WholeProcess.load());
            return;
        }

        String cp = System.getProperty("java.class.path");
        List<String> java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp);
        List<String> search = concat(java, "org.newsdesk.app.Main", "--data-dir", data.toString(), "search", QUERY);

        // a cold search as a whole process: the command builds the index itself
        deleteIndex(data);
        Timing cold = WholeProcess.run(search);
        rows.add(new String[] {"CLI search, cold index (whole process; builds it)", String.format("%.1f s", cold.wall()),
                "76.8 s", "", ""});
        rows.add(new String[] {"  its peak RSS (CPU " + cold.cpuText() + ")", cold.rssText(), "917 MiB", "", "<= 500 MiB"});

        // the same through the launcher a user runs: its flags for a search and its class-data
        // archive, made first by a list (on JDK 17 the run that writes it dumps it at exit: a cold
        // search of 1,000 stories that did so peaked at 361 MiB and 7.1 s CPU, after a list 147 MiB, 2.8 s)
        Optional<UserLauncher> launcher = UserLauncher.ofCheckout();
        if (launcher.isPresent()) {
            WholeProcess.run(launcher.get().command(data, "list"));
            deleteIndex(data);
            Timing coldLauncher = WholeProcess.run(launcher.get().command(data, "search", QUERY));
            rows.add(new String[] {"CLI search through bin/newsdesk, cold index (builds it)",
                    String.format("%.1f s", coldLauncher.wall()), "", "", ""});
            rows.add(new String[] {"  its peak RSS (CPU " + coldLauncher.cpuText() + ")", coldLauncher.rssText(),
                    "", "", "<= 500 MiB"});
            // as java -jar: the jar has no JVM options, so the index is built in a second JVM with
            // the window's (app.WindowJvm); /usr/bin/time's peak is the larger of the two processes
            deleteIndex(data);
            Timing coldJar = WholeProcess.run(List.of(java.get(0), "-jar", launcher.get().jar().toString(),
                    "--data-dir", data.toString(), "search", QUERY));
            rows.add(new String[] {"CLI search as java -jar, cold index (builds it in a second JVM)",
                    String.format("%.1f s", coldJar.wall()), "", "", ""});
            rows.add(new String[] {"  peak RSS of its larger JVM (CPU " + coldJar.cpuText() + ", both)",
                    coldJar.rssText(), "693 MiB before", "", "<= 500 MiB"});
        } else {
            rows.add(new String[] {"(bin/newsdesk not timed: build the jar first, ./mvnw -DskipTests package)",
                    "", "", "", ""});
        }

        // the cold index again, in a process with the window's JVM options: time and peak RSS
        // (the window itself adds its toolkit; measured with a real window: see WindowJvm)
        deleteIndex(data);
        List<String> windowJvm = new ArrayList<>(List.of(java.get(0)));
        windowJvm.addAll(WindowJvm.OPTIONS);
        windowJvm.addAll(List.of("-cp", cp, RebuildProcess.class.getName(), data.toString()));
        String loadBefore = WholeProcess.load();
        Timing rebuilt = WholeProcess.run(windowJvm);
        rows.add(new String[] {"index rebuild, whole process with the window's JVM options (no window)",
                String.format("%.1f s", rebuilt.wall()), "", "", ""});
        rows.add(new String[] {"  its peak RSS (CPU " + rebuilt.cpuText() + "; load " + loadBefore + " -> "
                + WholeProcess.load() + ")", rebuilt.rssText(), "", "", "<= 500 MiB with the window"});

        // the cold index again, built in this process: time and peak heap
        deleteIndex(data);
        ScaleInProcess.usedAfterGc();
        ScaleInProcess.resetPeaks();
        long t0 = System.nanoTime();
        int[] seen = {0};
        try (Store store = Store.openForReading(data);
             SearchIndex index = SearchIndex.open(data.resolve("index"))) {
            IndexSync.rebuild(index, new StoreStories(store), (done, total) -> {
                if (done % 20_000 == 0 || done == total) {
                    out.printf("  index: %,d of %,d%n", done, total);
                }
                seen[0] = done;
            });
        }
        long rebuild = System.nanoTime() - t0;
        long peak = ScaleInProcess.heapPeak();
        rows.add(new String[] {"index rebuild, in process (" + String.format("%,d", seen[0]) + " stories)",
                seconds(rebuild), "", "", ""});
        rows.add(new String[] {"  its peak heap (sum of heap pools' peaks; max "
                + mib(Runtime.getRuntime().maxMemory()) + ")", mib(peak), "", "", "<= 500 MiB"});
        long indexBytes = folderSize(data.resolve("index"));
        rows.add(new String[] {"Lucene index on disk vs text", mib(indexBytes),
                textBytes < 0 ? "?" : mib(textBytes), textBytes < 0 ? "" : ratio(indexBytes, textBytes), "<= 1.5x"});

        // the window's library list over the whole library, and a story id for show
        String someId;
        try (Store store = Store.openForReading(data)) {
            ScaleInProcess.LibraryHeap lh = ScaleInProcess.libraryHeap(store);
            rows.add(new String[] {"library list in the heap (" + String.format("%,d", lh.rows())
                    + " ids, " + PagedRows.KEPT_PAGES + " pages of rows, retained) vs every row held",
                    mib(lh.retainedBytes()), mib(lh.wholeRetainedBytes()), ratio(lh.retainedBytes(), lh.wholeRetainedBytes()), ""});
            rows.add(new String[] {"  heap peak while reading it (above the start)", mib(lh.peakBytes()), "", "", ""});
            someId = store.library().list(LibraryFilter.ALL).get(0).summary().id().toString();
        }

        ScaleInProcess.SearchPair two = ScaleInProcess.twoCharacters(data.resolve("index"), QUERY, 50);
        rows.add(new String[] {"two-character search " + QUERY + ", in process (" + String.format("%,d", two.hits())
                + " hits; Lucene " + String.format("%,d", two.luceneHits()) + ")", String.format("%.2f ms", two.oursMillis()),
                String.format("%.2f ms", two.luceneMillis()), String.format("%.2fx", two.oursMillis() / two.luceneMillis()),
                "<= 5x"});

        // whole processes, alternated: ours through the jar's main class, the floors on the same files
        List<String> list = concat(java, "org.newsdesk.app.Main", "--data-dir", data.toString(), "list");
        List<String> plainList = concat(java, PlainList.class.getName(), data.toString());
        List<String> show = concat(java, "org.newsdesk.app.Main", "--data-dir", data.toString(), "show", someId);
        List<String> plainShow = concat(java, PlainShow.class.getName(), data.toString(), someId);
        List<String> plainSearch = concat(java, PlainSearch.class.getName(), data.resolve("index").toString(), QUERY);
        Timing[] l = WholeProcess.alternate(list, plainList, rounds);
        rows.add(row("CLI list (java, main class) vs plain JDBC (whole processes, median of " + rounds + ")", l, "<= 1.5x"));
        Timing[] sh = WholeProcess.alternate(show, plainShow, rounds);
        rows.add(row("CLI show (java, main class) vs plain JDBC", sh, ""));
        Timing[] s = WholeProcess.alternate(search, plainSearch, rounds);
        rows.add(row("CLI search " + QUERY + " (java, main class) vs plain Lucene (warm index)", s, "<= 2x"));
        List<String> launcherCpu = new ArrayList<>();
        if (launcher.isPresent()) {
            UserLauncher u = launcher.get();
            Timing[] ul = WholeProcess.alternate(u.command(data, "list"), plainList, rounds);
            rows.add(row("CLI list through bin/newsdesk vs plain JDBC", ul, "<= 1.5x"));
            Timing[] ush = WholeProcess.alternate(u.command(data, "show", someId), plainShow, rounds);
            rows.add(row("CLI show through bin/newsdesk vs plain JDBC", ush, ""));
            Timing[] us = WholeProcess.alternate(u.command(data, "search", QUERY), plainSearch, rounds);
            rows.add(row("CLI search " + QUERY + " through bin/newsdesk vs plain Lucene", us, "<= 2x"));
            launcherCpu.add("CPU (user+sys) medians through bin/newsdesk: list " + ul[0].cpuText() + " vs " + ul[1].cpuText()
                    + "; show " + ush[0].cpuText() + " vs " + ush[1].cpuText()
                    + "; search " + us[0].cpuText() + " vs " + us[1].cpuText());
            launcherCpu.add("peak RSS medians through bin/newsdesk: list " + ul[0].rssText() + "; show " + ush[0].rssText()
                    + "; search " + us[0].rssText());
            u.close();
        }
        long h2After = Files.size(db);
        rows.add(new String[] {"H2 file after the read-only commands", mib(h2After), mib(h2), ratio(h2After, h2), ""});

        print(out, rows);
        out.println(two.cpuText());
        out.println("CPU (user+sys) medians: list " + l[0].cpuText() + " vs " + l[1].cpuText()
                + "; show " + sh[0].cpuText() + " vs " + sh[1].cpuText()
                + "; search " + s[0].cpuText() + " vs " + s[1].cpuText());
        out.println("peak RSS medians: list " + l[0].rssText() + " vs " + l[1].rssText()
                + "; show " + sh[0].rssText() + " vs " + sh[1].rssText()
                + "; search " + s[0].rssText() + " vs " + s[1].rssText());
        launcherCpu.forEach(out::println);
        out.println("load after: " + WholeProcess.load());
        if (keep == null) {
            WholeProcess.delete(data);
        }
    }

    private static void print(PrintStream out, List<String[]> rows) {
        out.println();
        out.printf("%-66s %12s %12s %8s %10s%n", "figure", "ours", "baseline", "ratio", "target");
        for (String[] r : rows) {
            out.printf("%-66s %12s %12s %8s %10s%n", (Object[]) r);
        }
    }

    private static long build(Path data, int stories, PrintStream out) {
        long textBytes = 0;
        InterviewText text = new InterviewText(SEED);
        List<Speaker> speakers = List.of(new Speaker(InterviewText.HOST, "主持人", "", "", SpeakerRole.HOST),
                new Speaker(InterviewText.GUEST, "嘉賓", "", "", SpeakerRole.GUEST));
        int perTransaction = 1_000;
        try (Store store = Store.open(data)) {
            for (int start = 0; start < stories; start += perTransaction) {
                int count = Math.min(stories, start + perTransaction) - start;
                long[] bytes = {0};
                List<BulkStories.NewStory> batch = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    // a headline and ten paragraphs of about 100 characters, each with an id of its own
                    String headline = text.sentence(16);
                    List<Paragraph> ps = new ArrayList<>(10);
                    for (Paragraph p : text.paragraphs(10)) {
                        ps.add(new Paragraph(Paragraph.newId(), p.speakerKey(), p.spans(), p.start()));
                        bytes[0] += p.text().getBytes(StandardCharsets.UTF_8).length;
                    }
                    bytes[0] += headline.getBytes(StandardCharsets.UTF_8).length;
                    batch.add(new BulkStories.NewStory(Metadata.withHeadline(headline), speakers, ps));
                }
                store.bulk().create(batch);
                textBytes += bytes[0];
                int end = start + count;
                if (end % 10_000 == 0 || end == stories) {
                    out.printf("  built %,d of %,d%n", end, stories);
                }
            }
        }
        return textBytes;
    }

    private static String[] row(String what, Timing[] t, String target) {
        return new String[] {what, String.format("%.2f s", t[0].wall()), String.format("%.2f s", t[1].wall()),
                String.format("%.2fx", t[0].wall() / t[1].wall()), target};
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(Arrays.asList(tail));
        return all;
    }

    private static void deleteIndex(Path data) throws IOException {
        if (Files.exists(data.resolve("index"))) {
            WholeProcess.delete(data.resolve("index"));
        }
    }

    static long folderSize(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", nanos / 1e9);
    }

    private static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / 1048576.0);
    }

    private static String ratio(long a, long b) {
        return String.format("%.2fx", (double) a / b);
    }
}
