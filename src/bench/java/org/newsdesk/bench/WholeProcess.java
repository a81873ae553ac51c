package org.newsdesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Whole processes timed from outside with {@code /usr/bin/time} (wall, user + system CPU, peak
 * resident memory), two commands alternated round by round; medians.
 */
final class WholeProcess {

    record Timing(double wall, double cpu, long rssKib) {
        String cpuText() {
            return String.format("%.2f s", cpu);
        }

        String rssText() {
            return String.format("%d MiB", rssKib / 1024);
        }
    }

    private WholeProcess() {
    }

    /** Runs {@code a} and {@code b} in turn {@code rounds} times after one unmeasured run each. */
    static Timing[] alternate(List<String> a, List<String> b, int rounds) throws IOException, InterruptedException {
        run(a);
        run(b);
        List<Timing> as = new ArrayList<>();
        List<Timing> bs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            as.add(run(a));
            bs.add(run(b));
        }
        return new Timing[] {median(as), median(bs)};
    }

    static Timing run(List<String> command) throws IOException, InterruptedException {
        Path report = Files.createTempFile("newsdesk-time", ".txt");
        try {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-o", report.toString(), "-f", "%e %U %S %M"));
            timed.addAll(command);
            Process p = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("exit " + exit + ": " + String.join(" ", command));
            }
            String[] f = Files.readString(report, StandardCharsets.UTF_8).strip().split("\\s+");
            int n = f.length;
            return new Timing(Double.parseDouble(f[n - 4]), Double.parseDouble(f[n - 3]) + Double.parseDouble(f[n - 2]),
                    Long.parseLong(f[n - 1]));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static Timing median(List<Timing> ts) {
        double[] wall = ts.stream().mapToDouble(Timing::wall).sorted().toArray();
        double[] cpu = ts.stream().mapToDouble(Timing::cpu).sorted().toArray();
        long[] rss = ts.stream().mapToLong(Timing::rssKib).sorted().toArray();
        int m = ts.size() / 2;
        return new Timing(wall[m], cpu[m], rss[m]);
    }

    static String load() {
        try {
            return Arrays.toString(Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)).replace(", ", " ")
                    .replaceAll("\\s\\S+\\]$", "]");
        } catch (IOException e) {
            return "?";
        }
    }

    static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
