package org.newsdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.newsdesk.prefs.ConfigFolder;
import org.newsdesk.prefs.Preferences;
import org.newsdesk.prefs.PreferencesFile;
import org.newsdesk.store.Store;

/**
 * The start-up pair, measured as whole processes (JMH cannot): from spawning {@code java}
 * to the process's end, where JavaFX ends it at the first painted frame
 * ({@code -Dsun.perflog.fx.firstpaintexit=true}) or {@link EditableStoryProbe} ends it when
 * the last-opened story is editable. All sides use the same java, class path and flags,
 * alternate within each round, and run once without and once with an AppCDS archive of
 * their own (trained by one run, dumped by {@code -Xshare:dump}).
 *
 * <pre>
 *   StartupBenchmark [-quick] [-flags=F1,F2,...] [-against=DIR] [REGEX]   (runs when REGEX is absent or matches "startup")
 * </pre>
 *
 * With {@code -flags}, a fourth side starts the editable story with those JVM flags added (e.g.
 * {@code -flags=-XX:TieredStopAtLevel=1}: the launcher's choices for the window measured
 * against the same run's bare window).
 * With {@code -against=DIR}, the other build's {@code target} folder (its {@code classes} and
 * {@code test-classes}, e.g. a checkout of the commit before a change, built with {@code -Pbench}),
 * two more sides start that build's first frame and editable story, alternated with this build's
 * in the same rounds: a before/after pair that a loaded machine affects alike. For every editable
 * side the medians of its stages ({@link EditableStoryProbe}'s {@code TIMELINE}) are printed too.
 * Every side starts with the same preferences of the benchmark's own, an editor's name in them.
 *
 * Needs a display: uses $DISPLAY, else starts its own Xvfb.
 */
public final class StartupBenchmark {

    static final String NAME = "startup";
    private static final double FIRST_FRAME_TARGET = 1.5;
    private static final double EDITABLE_TARGET = 2.0;

    private final PrintStream out;
    private final Path work;
    private final Path dataFolder;
    /** The other build's own data folder ({@code -against}): its schema may be older than this build's. */
    private final Path otherDataFolder;
    private final Map<String, String> env = new LinkedHashMap<>(System.getenv());
    private String classPath;
    /** The other build's class path ({@code -against}), null without it. */
    private String otherClassPath;

    private StartupBenchmark(PrintStream out, Path work) {
        this.out = out;
        this.work = work;
        this.dataFolder = work.resolve("data");
        this.otherDataFolder = work.resolve("other-data");
    }

    /** True when the suite's REGEX selects this pair. */
    static boolean matches(String regex) {
        return regex == null || Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(NAME).find();
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean quick = Arrays.asList(args).contains("-quick");
        String regex = Arrays.stream(args).filter(a -> !a.isBlank() && !a.startsWith("-")).findFirst().orElse(null);
        if (!matches(regex)) {
            return;
        }
        Path work = Files.createTempDirectory("newsdesk-startup");
        StartupBenchmark bench = new StartupBenchmark(out, work);
        Process xvfb = OwnDisplay.unlessSet(bench.env);
        try {
            bench.run(quick ? 3 : 9, extraFlags(args), otherBuild(args));
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    /**
     * One side of the comparison: what it runs, whether JavaFX ends it at the first frame, its own JVM
     * flags, and whether it runs the other build ({@code -against}).
     */
    private record Side(String name, List<String> mainAndArgs, boolean firstFrameExit, List<String> flags, boolean other) {
        Side(String name, List<String> mainAndArgs, boolean firstFrameExit) {
            this(name, mainAndArgs, firstFrameExit, List.of(), false);
        }
    }

    /** The other build's target folder of {@code -against=DIR}, or null. */
    private static Path otherBuild(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("-against=")).findFirst()
                .map(a -> Path.of(a.substring("-against=".length()))).orElse(null);
    }

    /** The JVM flags of {@code -flags=F1,F2}, none without it. */
    private static List<String> extraFlags(String[] args) {
        return Arrays.stream(args).filter(a -> a.startsWith("-flags=")).findFirst()
                .map(a -> Arrays.stream(a.substring("-flags=".length()).split(",")).filter(f -> !f.isBlank()).toList())
                .orElse(List.of());
    }

    private void run(int rounds, List<String> extraFlags, Path otherBuild) throws Exception {
        classPath = jarredClassPath(null);
        if (otherBuild != null) {
            otherClassPath = jarredClassPath(otherBuild);
        }
        everydayPreferences();
        prepareLastOpenedStory(dataFolder, false);
        if (otherBuild != null) {
            prepareLastOpenedStory(otherDataFolder, true);
        }
        List<Side> sides = new ArrayList<>(List.of(
                new Side("bare window (Stage + Label)", List.of(BareWindow.class.getName()), true),
                new Side("Newsdesk main window, first frame",
                        List.of("org.newsdesk.app.Main", "--data-dir", dataFolder.toString()), true),
                new Side("Newsdesk, last story editable",
                        List.of(EditableStoryProbe.class.getName(), "--data-dir", dataFolder.toString()), false)));
        if (!extraFlags.isEmpty()) {
            sides.add(new Side("editable, " + String.join(" ", extraFlags).replace("-XX:", ""),
                    List.of(EditableStoryProbe.class.getName(), "--data-dir", dataFolder.toString()), false, extraFlags,
                    false));
        }
        if (otherBuild != null) {
            sides.add(new Side("other build, first frame", List.of("org.newsdesk.app.Main", "--data-dir",
                    otherDataFolder.toString()), true, List.of(), true));
            sides.add(new Side("other build, editable", List.of(EditableStoryProbe.class.getName(), "--data-dir",
                    otherDataFolder.toString()), false, List.of(), true));
        }
        out.printf("STARTUP %d rounds, load average %.1f, java %s%n", rounds, loadAverage(), javaBin());
        for (boolean cds : new boolean[] {false, true}) {
            Map<Side, Path> archives = new LinkedHashMap<>();
            if (cds) {
                for (Side side : sides) {
                    archives.put(side, archive(side));
                }
            }
            Map<Side, List<Double>> times = new LinkedHashMap<>();
            Map<Side, List<Double>> cpu = new LinkedHashMap<>();
            sides.forEach(s -> cpu.put(s, new ArrayList<>()));
            Map<Side, List<Map<String, Double>>> timelines = new LinkedHashMap<>();
            sides.forEach(s -> times.put(s, new ArrayList<>()));
            for (Side side : sides) {
                time(side, archives.get(side)); // warm the OS file cache; not counted
            }
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < sides.size(); i++) {
                    Side side = sides.get((round + i) % sides.size());
                    double[] wallAndCpu = time(side, archives.get(side));
                    times.get(side).add(wallAndCpu[0]);
                    cpu.get(side).add(wallAndCpu[1]);
                    if (!side.firstFrameExit()) {
                        timelines.computeIfAbsent(side, s -> new ArrayList<>()).add(lastTimeline());
                    }
                }
            }
            report(cds, sides, times, cpu);
            reportTimelines(timelines);
        }
    }

    /**
     * The medians of each stage of the editable sides' {@code TIMELINE} ({@link EditableStoryProbe}): where
     * the time goes, side by side (with {@code -against}: this build's and the other's).
     */
    private void reportTimelines(Map<Side, List<Map<String, Double>>> timelines) {
        timelines.forEach((side, runs) -> {
            Map<String, List<Double>> stages = new LinkedHashMap<>();
            runs.forEach(run -> run.forEach((stage, ms) -> stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(ms)));
            StringBuilder line = new StringBuilder();
            stages.forEach((stage, ms) -> line.append(String.format(Locale.ROOT, " %s %.0f", stage, median(ms))));
            out.printf("STARTUP   timeline of %s (median ms since process start):%s%n", side.name(), line);
        });
    }

    /** The stages of the last run's {@code TIMELINE} line on standard error (empty without one). */
    private Map<String, Double> lastTimeline() throws IOException {
        Map<String, Double> stages = new LinkedHashMap<>();
        Files.readAllLines(work.resolve("stderr.txt"), StandardCharsets.ISO_8859_1).stream()
                .filter(l -> l.startsWith("TIMELINE {")).findFirst()
                .ifPresent(l -> Arrays.stream(l.substring("TIMELINE {".length(), l.length() - 1).split(",\\s*"))
                        .map(kv -> kv.split("=")).filter(kv -> kv.length == 2)
                        .forEach(kv -> stages.put(kv[0].trim(), Double.parseDouble(kv[1].trim()))));
        return stages;
    }

    private void report(boolean cds, List<Side> sides, Map<Side, List<Double>> times, Map<Side, List<Double>> cpu) {
        out.printf("STARTUP %s AppCDS archive (each side its own), load average %.1f%n", cds ? "with an" : "without an",
                loadAverage());
        for (Side side : sides) {
            List<Double> t = times.get(side);
            out.printf(Locale.ROOT, "STARTUP   %-40s median %6.0f ms  min %6.0f  max %6.0f  CPU (user+sys) median %6.0f ms%n",
                    side.name(), median(t), t.stream().mapToDouble(d -> d).min().orElse(0),
                    t.stream().mapToDouble(d -> d).max().orElse(0), median(cpu.get(side)));
        }
        double bareCpu = median(cpu.get(sides.get(0)));
        out.printf(Locale.ROOT, "STARTUP   CPU ratios: first frame / bare %.2fx, story editable / bare %.2fx%n",
                median(cpu.get(sides.get(1))) / bareCpu, median(cpu.get(sides.get(2))) / bareCpu);
        for (Side side : sides.subList(3, sides.size())) {
            out.printf(Locale.ROOT, "STARTUP   %s / bare: wall %.2fx, CPU %.2fx%n", side.name(),
                    median(times.get(side)) / median(times.get(sides.get(0))), median(cpu.get(side)) / bareCpu);
        }
        double bare = median(times.get(sides.get(0)));
        double frame = median(times.get(sides.get(1))) / bare;
        double editable = median(times.get(sides.get(2))) / bare;
        out.printf(Locale.ROOT, "STARTUP   first frame / bare     %.2fx (target <= %.1fx) %s%n",
                frame, FIRST_FRAME_TARGET, frame <= FIRST_FRAME_TARGET ? "ok" : "OVER");
        out.printf(Locale.ROOT, "STARTUP   story editable / bare  %.2fx (target <= %.1fx) %s%n",
                editable, EDITABLE_TARGET, editable <= EDITABLE_TARGET ? "ok" : "OVER");
    }

    /**
     * The everyday start: preferences of their own (not the user's), naming the editor, so no side
     * asks who is editing (a first start's question) on its way to the story.
     */
    private void everydayPreferences() throws IOException {
        Path config = Files.createDirectories(work.resolve("config"));
        new PreferencesFile(config.resolve(PreferencesFile.FILE_NAME), java.time.Clock.systemUTC())
                .save(Preferences.defaults().withEditorName("Bench Editor"));
        env.put(ConfigFolder.ENV_OVERRIDE, config.toString());
    }

    /**
     * A realistic interview (300 paragraphs) imported into {@code folder} by this build or the
     * other one ({@code other}), and remembered as the last-opened story. The story is marked in
     * plain SQL, so that this build never migrates the other build's folder to its own schema.
     */
    private void prepareLastOpenedStory(Path folder, boolean other) throws Exception {
        InterviewText text = new InterviewText(7);
        StringBuilder transcript = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            transcript.append(i % 2 == 0 ? "主持人：" : "李主任：").append(text.sentence(80)).append("\n\n");
        }
        Path file = Files.writeString(work.resolve("interview.txt"), transcript, StandardCharsets.UTF_8);
        Process p = command(List.of("org.newsdesk.app.Main", "--data-dir", folder.toString(), "import",
                file.toString()), List.of(), other).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String id = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || id.isEmpty()) {
            throw new IllegalStateException("importing the benchmark story failed");
        }
        String url = "jdbc:h2:file:" + folder.resolve(Store.DATABASE_NAME).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement mark = c.prepareStatement(
                     "merge into app_state (state_key, state_value) key (state_key) values ('ui.lastStory', ?)")) {
            mark.setString(1, id);
            mark.executeUpdate();
        }
    }

    /** Trains on one run of the side and dumps its archive with the same class path. */
    private Path archive(Side side) throws Exception {
        String stem = side.mainAndArgs().get(0).replaceAll(".*\\.", "") + (side.other() ? "-other" : "");
        Path list = work.resolve(stem + ".classlist");
        Path jsa = work.resolve(stem + ".jsa");
        runToEnd(command(withExit(side, side.mainAndArgs()), List.of("-Xshare:off", "-XX:DumpLoadedClassList=" + list),
                side.other()));
        runToEnd(command(List.of(BareWindow.class.getName()),
                List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + jsa), side.other()));
        return jsa;
    }

    /** Wall and CPU (user + system, from {@code /usr/bin/time}; 0 without it) in milliseconds. */
    private double[] time(Side side, Path archive) throws Exception {
        List<String> flags = new ArrayList<>(side.flags());
        if (archive != null) {
            flags.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto"));
        }
        ProcessBuilder pb = command(withExit(side, side.mainAndArgs()), flags, side.other());
        Path report = work.resolve("cpu.txt");
        boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
        if (timed) {
            List<String> wrapped = new ArrayList<>(List.of("/usr/bin/time", "-o", report.toString(), "-f", "%U %S"));
            wrapped.addAll(pb.command());
            pb.command(wrapped);
        }
        long start = System.nanoTime();
        runToEnd(pb);
        double wall = (System.nanoTime() - start) / 1e6;
        double cpu = 0;
        if (timed) {
            String[] parts = Files.readString(report).trim().split("\\s+");
            cpu = (Double.parseDouble(parts[parts.length - 2]) + Double.parseDouble(parts[parts.length - 1])) * 1000;
        }
        return new double[] {wall, cpu};
    }

    private List<String> withExit(Side side, List<String> mainAndArgs) {
        List<String> all = new ArrayList<>();
        if (side.firstFrameExit()) {
            all.add("-Dsun.perflog=" + work.resolve("perf.log"));
            all.add("-Dsun.perflog.fx.firstpaintexit=true");
        }
        all.addAll(mainAndArgs);
        return all;
    }

    private ProcessBuilder command(List<String> mainAndArgs, List<String> jvmFlags) {
        return command(mainAndArgs, jvmFlags, false);
    }

    /** {@code other}: with the other build's class path ({@code -against}). */
    private ProcessBuilder command(List<String> mainAndArgs, List<String> jvmFlags, boolean other) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin());
        cmd.addAll(jvmFlags);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(other ? otherClassPath : classPath);
        // system properties first, then the main class and its arguments
        List<String> props = mainAndArgs.stream().filter(a -> a.startsWith("-D")).toList();
        cmd.addAll(props);
        cmd.addAll(mainAndArgs.stream().filter(a -> !a.startsWith("-D")).toList());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb;
    }

    private void runToEnd(ProcessBuilder pb) throws Exception {
        Path errors = work.resolve("stderr.txt");
        Process p = pb.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("a start did not end: " + String.join(" ", pb.command()).replaceAll("-cp \\S+", "-cp …"));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("a start failed (exit " + p.exitValue() + "): "
                    + String.join(" ", pb.command()).replaceAll("-cp \\S+", "-cp …") + "\n" + Files.readString(errors));
        }
    }

    /**
     * This JVM's class path with each folder packed into a jar: a CDS archive accepts only
     * jars, and the app ships as jars anyway. Every side runs with this same path, but for the
     * other build's sides: {@code otherBuild} non-null, its {@code classes} and {@code test-classes}
     * stand in for this build's (the libraries are the same).
     */
    private String jarredClassPath(Path otherBuild) throws IOException {
        List<String> entries = new ArrayList<>();
        String prefix = otherBuild == null ? "classes-" : "other-classes-";
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = otherBuild != null && Files.isDirectory(Path.of(entry))
                    ? otherBuild.resolve(Path.of(entry).getFileName()) : Path.of(entry);
            if (!Files.isDirectory(path)) {
                entries.add(entry);
                continue;
            }
            Path jar = work.resolve(prefix + n++ + ".jar");
            try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                 var files = Files.walk(path)) {
                // folders get entries too: Flyway finds its migrations by listing a folder
                for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(path))::iterator) {
                    String name = path.relativize(file).toString().replace('\\', '/');
                    boolean folder = Files.isDirectory(file);
                    out.putNextEntry(new java.util.jar.JarEntry(folder ? name + "/" : name));
                    if (!folder) {
                        Files.copy(file, out);
                    }
                    out.closeEntry();
                }
            }
            entries.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private static String javaBin() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(d -> d).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
