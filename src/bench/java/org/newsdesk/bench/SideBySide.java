package org.newsdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Figures that JMH's primary score cannot carry (a percentile, retained bytes), handed
 * from one benchmark fork to the other side's fork of the same run, so that whichever side
 * finishes second can print the ratio. Both forks are children of the same JMH host
 * process; its process id names the folder, so figures of different runs never mix.
 */
final class SideBySide {

    private SideBySide() {
    }

    private static Path folder() {
        long host = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
        return Path.of(System.getProperty("java.io.tmpdir"), "newsdesk-editorbench-" + host);
    }

    /** Stores this side's figure; returns the other side's when it already ran in this run. */
    static Optional<Double> exchange(String metric, boolean ours, double value) {
        try {
            Path dir = Files.createDirectories(folder());
            Files.writeString(dir.resolve(metric + (ours ? ".ours" : ".bare")),
                    Double.toString(value), StandardCharsets.UTF_8);
            Path other = dir.resolve(metric + (ours ? ".bare" : ".ours"));
            if (!Files.exists(other)) {
                return Optional.empty();
            }
            return Optional.of(Double.parseDouble(Files.readString(other, StandardCharsets.UTF_8).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints this side's figure and, when the other side is known, ours / bare against the target. */
    static void report(String metric, String unit, boolean ours, double value, double target) {
        Optional<Double> other = exchange(metric, ours, value);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "EDITORBENCH %s %s = %.3f %s", metric, ours ? "ours" : "bare", value, unit));
        other.ifPresent(o -> {
            double oursValue = ours ? value : o;
            double bareValue = ours ? o : value;
            double ratio = oursValue / bareValue;
            sb.append(String.format(Locale.ROOT, "%nEDITORBENCH %s: ours %.3f %s / bare %.3f %s = %.2fx (target <= %.2fx) %s",
                    metric, oursValue, unit, bareValue, unit, ratio, target, ratio <= target ? "PASS" : "OVER"));
        });
        System.out.println(sb);
    }

    /** The q-quantile (0..1) of the first {@code n} values, nearest-rank. */
    static double quantile(long[] values, int n, double q) {
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }
}
