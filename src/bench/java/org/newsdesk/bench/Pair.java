package org.newsdesk.bench;

import java.lang.reflect.Method;
import java.util.Objects;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * One comparison the suite reports: an operation of ours against a baseline that does
 * the same work by hand, both measured in the same run.
 *
 * @param name        what the pair measures, as the table shows it
 * @param benchClass  the class holding both benchmark methods
 * @param ours        the benchmark method that goes through our code
 * @param baseline    the benchmark method that does the same work without it
 * @param targetRatio ours / baseline must stay at or below this
 */
public record Pair(String name, Class<?> benchClass, String ours, String baseline, double targetRatio) {

    public Pair {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(benchClass, "benchClass");
        requireBenchmark(benchClass, ours);
        requireBenchmark(benchClass, baseline);
        if (!(targetRatio > 0)) {
            throw new IllegalArgumentException("target ratio must be positive: " + targetRatio);
        }
    }

    /** The name JMH gives our benchmark: fully qualified class name, a dot, the method. */
    public String oursId() {
        return benchClass.getName() + "." + ours;
    }

    public String baselineId() {
        return benchClass.getName() + "." + baseline;
    }

    /** Catches a misspelt method when the registry is loaded, not after a long run. */
    private static void requireBenchmark(Class<?> benchClass, String method) {
        Objects.requireNonNull(method, "method");
        for (Method m : benchClass.getMethods()) {
            if (m.getName().equals(method) && m.isAnnotationPresent(Benchmark.class)) {
                return;
            }
        }
        throw new IllegalArgumentException(benchClass.getName() + " has no @Benchmark method " + method);
    }
}
