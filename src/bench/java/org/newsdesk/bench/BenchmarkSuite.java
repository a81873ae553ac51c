package org.newsdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH benchmarks and reports each {@link Pair} from {@link Pairs#ALL}: our
 * score, the baseline's, their ratio against the target.
 *
 * <pre>
 *   BenchmarkSuite [-quick] [REGEX]
 * </pre>
 *
 * REGEX picks benchmarks as JMH's include pattern does (found anywhere in
 * {@code org.newsdesk.bench.Class.method}); a pair whose name or either benchmark it
 * matches is run whole, so its ratio can be shown. {@code -quick} is a smoke run
 * (one short warmup, two short measurements) that proves the suite works; its figures
 * are not worth comparing. A full run: one fork per benchmark, 10 warmup and 5
 * measured iterations of 1 s each, about 20 s per benchmark with its set-up.
 *
 * <p>Besides JMH's wall-clock score, each pair shows the ratio of CPU time per
 * operation ({@link CpuTimeProfiler}); on a busy machine that one is the steadier. The
 * verdict follows the wall-clock ratio.
 *
 * <p>The exit code is 0 whatever the ratios (this is a report); it is 1 when a benchmark
 * failed and gave no result, 2 for bad arguments.
 */
public final class BenchmarkSuite {

    static final int WARMUP_ITERATIONS = 10;

    /** A score whose 99.9% CI half-width is above this share of it is flagged as noisy. */
    private static final double NOISY = 0.25;

    /** How long to wait for another JMH run on this machine to finish. */
    private static final Duration LOCK_WAIT = Duration.ofMinutes(20);

    private BenchmarkSuite() {
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("SilentPortal")) {
            // -Dbench.args=SilentPortal: the 400-bundle fault run, before and after the first-byte time-out
            SilentPortalRun.main(args);
            return;
        }
        if (java.util.Arrays.asList(args).contains("Cli")) {
            // -Dbench.args=Cli: list, show and search as whole processes against plain JDBC/Lucene
            CliProfile.main(args);
            return;
        }
        if (java.util.Arrays.stream(args).anyMatch(a -> a.equals("NewsroomWindowLatency") || a.startsWith("NewsroomWindowLatency "))) {
            // -Dbench.args=NewsroomWindowLatency: typed in one window, shown in another (two windows, one PostgreSQL)
            NewsroomWindowLatency.main(args);
            return;
        }
        if (java.util.Arrays.stream(args).anyMatch(a -> a.equals("Newsroom") || a.startsWith("Newsroom "))) {
            // -Dbench.args=Newsroom: joining a newsroom and change-visible latency on a real PostgreSQL
            NewsroomRun.main(args);
            return;
        }
        if (java.util.Arrays.asList(args).contains("Scale")) {
            // -Dbench.args=Scale: the scale profile (whole processes on a 100,000-story library)
            ScaleProfile.main(args);
            return;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean quick = false;
        String regex = null;
        for (String arg : args) {
            if (arg.isBlank()) {
                continue;
            }
            if (arg.equals("-quick") || arg.equals("--quick")) {
                quick = true;
            } else if (arg.startsWith("-flags=") || arg.startsWith("-against=")) {
                continue; // StartupBenchmark's (the same bench.args reach both)
            } else if (arg.equals("-h") || arg.equals("-help") || arg.equals("--help")) {
                out.println("usage: BenchmarkSuite [-quick] [REGEX] | Scale [-stories=N] [-rounds=N] [-keep=DIR] | Cli [-stories=N] [-rounds=N]");
                return;
            } else if (arg.startsWith("-")) {
                System.err.println("unknown option " + arg + "; usage: BenchmarkSuite [-quick] [REGEX]");
                System.exit(2);
            } else if (regex != null) {
                System.err.println("give one regex at most (got '" + regex + "' and '" + arg + "')");
                System.exit(2);
            } else {
                regex = arg;
            }
        }
        System.exit(run(out, quick, regex));
    }

    /** The forks' JVM options, and NEWSDESK_BENCH_FORK_ARGS's (e.g. a flight recording while profiling). */
    private static String[] forkArgs() {
        List<String> args = new java.util.ArrayList<>(List.of("-Xmx1g", "-Dfile.encoding=UTF-8",
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"));
        String extra = System.getenv("NEWSDESK_BENCH_FORK_ARGS");
        if (extra != null && !extra.isBlank()) {
            args.addAll(List.of(extra.trim().split("\\s+")));
        }
        return args.toArray(String[]::new);
    }

    static int run(PrintStream out, boolean quick, String regex) {
        List<String> includes;
        try {
            includes = includes(regex);
        } catch (PatternSyntaxException e) {
            System.err.println("bad regex: " + e.getMessage());
            return 2;
        }
        SortedSet<BenchmarkListEntry> selected = BenchmarkList.defaultList()
                .find(OutputFormatFactory.createFormatInstance(out, VerboseMode.SILENT), includes, List.of());
        if (selected.isEmpty()) {
            if (regex != null && StartupBenchmark.matches(regex)) {
                return 0; // the whole-process start-up pair, run by StartupBenchmark
            }
            System.err.println("no benchmark matches " + (regex == null ? "" : "'" + regex + "'"));
            return 1;
        }
        Set<String> expected = new LinkedHashSet<>();
        selected.forEach(e -> expected.add(e.getUsername()));

        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(1)
                .shouldFailOnError(false)
                .addProfiler(CpuTimeProfiler.class)
                .jvmArgsAppend(forkArgs());
        for (String include : includes) {
            options.include(include);
        }
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(200));
        } else {
            // The operations take milliseconds, so a second holds few of them, and on a
            // busy 2-core machine the JIT needs about 10 s before jOOQ's paths stop getting
            // faster (measured: the store's save went 22 ms, 14, 11, 7.5, ... 2-3 ms/op
            // over the first ten 1 s iterations); 3 warmup iterations left the figures
            // still falling.
            options.warmupIterations(WARMUP_ITERATIONS).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1));
        }

        waitForJmhLock(out);
        double loadBefore = loadAverage();
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            System.err.println("the benchmarks could not run: " + e.getMessage());
            e.printStackTrace();
            return 1;
        }

        Map<String, Result<?>> scores = new LinkedHashMap<>();
        Map<String, Result<?>> cpu = new LinkedHashMap<>();
        for (RunResult r : results) {
            scores.put(r.getParams().getBenchmark(), r.getPrimaryResult());
            Result<?> c = r.getSecondaryResults().get(CpuTimeProfiler.LABEL);
            if (c != null) {
                cpu.put(r.getParams().getBenchmark(), c);
            }
        }
        List<String> failed = new ArrayList<>();
        for (String name : expected) {
            if (!scores.containsKey(name)) {
                failed.add(name);
            }
        }

        printTable(out, scores, cpu, quick);
        out.printf(Locale.ROOT, "system load average (1 min) before / after: %.2f / %.2f on %d cores%s%n",
                loadBefore, loadAverage(), Runtime.getRuntime().availableProcessors(),
                loadAverage() > Runtime.getRuntime().availableProcessors() * 0.75
                        ? " -- the machine was busy, expect noise" : "");
        if (!failed.isEmpty()) {
            out.println();
            out.println("FAILED (no result, see the JMH output above): " + String.join(", ", failed));
            return 1;
        }
        return 0;
    }

    /**
     * JMH include patterns for {@code regex}: the regex itself (for benchmarks in no
     * pair) plus both sides of every pair it touches. No regex: everything.
     */
    static List<String> includes(String regex) {
        if (regex == null || regex.isEmpty()) {
            return List.of(Pattern.quote(BenchmarkSuite.class.getPackageName() + ".") + ".*");
        }
        Pattern p = Pattern.compile(regex);
        List<String> out = new ArrayList<>();
        out.add(regex);
        for (Pair pair : Pairs.ALL) {
            if (p.matcher(pair.name()).find() || p.matcher(pair.oursId()).find()
                    || p.matcher(pair.baselineId()).find()) {
                out.add("^" + Pattern.quote(pair.oursId()) + "$");
                out.add("^" + Pattern.quote(pair.baselineId()) + "$");
            }
        }
        return out;
    }

    private static void printTable(PrintStream out, Map<String, Result<?>> scores, Map<String, Result<?>> cpu,
                                   boolean quick) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"pair", "ours", "baseline", "ratio", "target", "verdict", "cpu ours / baseline", "cpu ratio"});
        Set<String> paired = new LinkedHashSet<>();
        for (Pair pair : Pairs.ALL) {
            Result<?> ours = scores.get(pair.oursId());
            Result<?> base = scores.get(pair.baselineId());
            if (ours == null && base == null) {
                continue;
            }
            paired.add(pair.oursId());
            paired.add(pair.baselineId());
            String ratio = "n/a";
            String verdict = "NO RESULT";
            if (ours != null && base != null) {
                double r = ratio(ours, base);
                ratio = String.format(Locale.ROOT, "%.2fx", r);
                verdict = r <= pair.targetRatio() ? "PASS" : "OVER";
                if (noisy(ours) || noisy(base)) {
                    verdict += " (noisy)";
                }
            }
            Result<?> oursCpu = cpu.get(pair.oursId());
            Result<?> baseCpu = cpu.get(pair.baselineId());
            String cpuScores = "-";
            String cpuRatio = "n/a";
            if (oursCpu != null && baseCpu != null) {
                cpuScores = String.format(Locale.ROOT, "%.1f / %.1f %s", oursCpu.getScore(), baseCpu.getScore(),
                        baseCpu.getScoreUnit());
                cpuRatio = String.format(Locale.ROOT, "%.2fx", ratio(oursCpu, baseCpu));
            }
            rows.add(new String[] {pair.name(), score(ours), score(base), ratio,
                String.format(Locale.ROOT, "<= %.1fx", pair.targetRatio()), verdict, cpuScores, cpuRatio});
        }

        out.println();
        out.println("Newsdesk benchmark pairs" + (quick ? " (-quick smoke run: figures are rough)" : "")
                + "; scores are mean ± 99.9% CI half-width; (noisy): a half-width above "
                + Math.round(NOISY * 100) + "% of its score");
        if (rows.size() > 1) {
            printRows(out, rows);
            out.println("ratio and verdict: wall-clock scores; cpu: the JVM's CPU time per operation"
                    + " (less sensitive to other load on the machine)");
        } else {
            out.println("(no pair was selected)");
        }

        List<String[]> others = new ArrayList<>();
        others.add(new String[] {"benchmark", "score"});
        for (Map.Entry<String, Result<?>> e : scores.entrySet()) {
            if (!paired.contains(e.getKey())) {
                others.add(new String[] {e.getKey(), score(e.getValue())});
            }
        }
        if (others.size() > 1) {
            out.println();
            out.println("Benchmarks in no pair:");
            printRows(out, others);
        }
    }

    private static void printRows(PrintStream out, List<String[]> rows) {
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < rows.get(r).length; i++) {
                String cell = rows.get(r)[i];
                sb.append(i == 0 ? "" : "  ");
                // text columns left, figures right
                sb.append(i == 0 ? String.format("%-" + width[i] + "s", cell) : String.format("%" + width[i] + "s", cell));
            }
            out.println(sb.toString().stripTrailing());
            if (r == 0) {
                out.println("-".repeat(sb.length()));
            }
        }
    }

    /**
     * JMH refuses to start while another JMH run on this machine holds its lock file
     * (two runs would spoil each other's figures). On a machine shared by several
     * builds, wait for it a while instead of failing at once; after that JMH's own
     * refusal ends the run with exit code 1.
     */
    private static void waitForJmhLock(PrintStream out) {
        if (Boolean.getBoolean("jmh.ignoreLock")) {
            return;
        }
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"), "jmh.lock");
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        boolean told = false;
        while (System.nanoTime() < deadline) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    lock.release();
                    return;
                }
            } catch (IOException | OverlappingFileLockException e) {
                return; // let JMH report it
            }
            if (!told) {
                out.println("another JMH run holds " + lockFile + "; waiting up to " + LOCK_WAIT.toMinutes() + " min");
                told = true;
            }
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static boolean noisy(Result<?> r) {
        double err = r.getScoreError();
        return !Double.isNaN(err) && err > NOISY * r.getScore();
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String score(Result<?> r) {
        if (r == null) {
            return "-";
        }
        double err = r.getScoreError();
        String e = Double.isNaN(err) ? "" : String.format(Locale.ROOT, " ± %.1f", err);
        return String.format(Locale.ROOT, "%.1f%s %s", r.getScore(), e, r.getScoreUnit());
    }

    /** ours / baseline, converted to one unit when the two differ (e.g. us/op and ms/op). */
    static double ratio(Result<?> ours, Result<?> baseline) {
        return ours.getScore() * nanosPer(ours.getScoreUnit()) / (baseline.getScore() * nanosPer(baseline.getScoreUnit()));
    }

    private static double nanosPer(String unit) {
        String time = unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
        return switch (time) {
            case "ns" -> 1;
            case "us" -> TimeUnit.MICROSECONDS.toNanos(1);
            case "ms" -> TimeUnit.MILLISECONDS.toNanos(1);
            case "s" -> TimeUnit.SECONDS.toNanos(1);
            case "min" -> TimeUnit.MINUTES.toNanos(1);
            default -> 1; // throughput and other units: compare as they are
        };
    }
}
