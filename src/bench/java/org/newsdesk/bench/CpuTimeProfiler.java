package org.newsdesk.bench;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time the benchmark's JVM spent per operation, next to JMH's wall-clock score.
 * On a small machine shared with other work, wall-clock time also counts the time the
 * benchmark thread waited for a core; CPU time mostly does not, so a ratio of CPU
 * times stays meaningful when the wall-clock one is noisy. It is the whole process's
 * CPU time (the benchmark thread plus GC, JIT and database threads), which is the
 * cost of the operation in steady state.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The secondary result's name, as {@code RunResult.getSecondaryResults()} keys it. */
    public static final String LABEL = "cpu.time";

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long before;

    @Override
    public String getDescription() {
        return "process CPU time per operation";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = os.getProcessCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's interface declares the raw type
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        long cpuNanos = os.getProcessCpuTime() - before;
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0 || cpuNanos < 0) {
            return List.of();
        }
        TimeUnit unit = benchmarkParams.getTimeUnit();
        double perOp = (double) cpuNanos / ops / unit.toNanos(1);
        return List.of(new ScalarResult(LABEL, perOp, unitName(unit) + "/op", AggregationPolicy.AVG));
    }

    private static String unitName(TimeUnit unit) {
        return switch (unit) {
            case NANOSECONDS -> "ns";
            case MICROSECONDS -> "us";
            case MILLISECONDS -> "ms";
            case SECONDS -> "s";
            case MINUTES -> "min";
            case HOURS -> "hr";
            case DAYS -> "day";
        };
    }
}
