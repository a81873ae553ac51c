package org.newsdesk.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.newsdesk.bench.WholeProcess.Timing;
import org.newsdesk.model.Paragraph;
import org.newsdesk.store.Store;

/**
 * The command line as whole processes ({@code -Pbench -Dbench.args=Cli}): {@code list},
 * {@code show} and {@code search} started through the launcher ({@code bin/newsdesk}: its own
 * class-data archive, C1 only for short commands) and through plain {@code java -jar}, each
 * alternated round by round with a plain program doing the same work on the same files
 * (plain JDBC for list and show, plain Lucene for search). Medians, CPU beside wall.
 *
 * <pre>Cli [-stories=N] [-rounds=N] [-data=DIR]</pre>
 *
 * {@code -data=DIR} times a library kept from an earlier run (e.g. the scale profile's
 * {@code -keep=DIR} at 100,000 stories) instead of building one; it is left in place.
 */
public final class CliProfile {

    private static final String QUERY = "創新";

    private CliProfile() {
    }

    public static void main(String[] args) throws Exception {
        int stories = 30;
        int rounds = 5;
        Path kept = null;
        for (String a : args) {
            if (a.startsWith("-stories=")) {
                stories = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("-rounds=")) {
                rounds = Integer.parseInt(a.substring(8));
            } else if (a.startsWith("-data=")) {
                kept = Path.of(a.substring(6)).toAbsolutePath();
            } else if (!a.isBlank() && !a.equals("Cli") && !a.equals("-quick")) {
                System.err.println("usage: Cli [-stories=N] [-rounds=N] [-data=DIR]");
                System.exit(2);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        UserLauncher launcher = UserLauncher.ofCheckout().orElse(null);
        if (launcher == null) {
            System.err.println("build the jar first: ./mvnw -DskipTests package");
            System.exit(2);
        }
        Path data = kept != null ? kept : Files.createTempDirectory("newsdesk-cli");
        UUID shown = kept != null ? newest(kept) : build(data, stories);
        out.printf("Newsdesk command line as whole processes: %s stories in %s; load before: %s%n",
                kept != null ? "kept" : String.valueOf(stories), data, WholeProcess.load());

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> plain = List.of(java, "-cp", System.getProperty("java.class.path"));
        // the launcher keeps its archive in a fresh cache folder, so its first run makes it
        List<String> ours = launcher.command(data);
        List<String> jarOnly = List.of(java, "-jar", launcher.jar().toString(), "--data-dir", data.toString());
        WholeProcess.run(concat(ours, "search", QUERY)); // builds the index once, so every search finds it current

        List<String[]> rows = new ArrayList<>();
        out.printf("%-44s %9s %9s %8s %9s%n", "command (median of " + rounds + ")", "ours", "floor", "ratio", "target");
        List<String> cpu = new ArrayList<>();
        String[][] commands = {{"list"}, {"show", shown.toString()}, {"search", QUERY}};
        List<List<String>> floors = List.of(concat(plain, PlainList.class.getName(), data.toString()),
                concat(plain, PlainShow.class.getName(), data.toString(), shown.toString()),
                concat(plain, PlainSearch.class.getName(), data.resolve("index").toString(), QUERY));
        String[] targets = {"<= 1.5x", "", "<= 2x"};
        for (int i = 0; i < commands.length; i++) {
            String name = commands[i][0];
            String floor = i == 2 ? "plain Lucene" : "plain JDBC";
            Timing[] viaLauncher = WholeProcess.alternate(concat(ours, commands[i]), floors.get(i), rounds);
            rows.add(row(name + " (bin/newsdesk) vs " + floor, viaLauncher, targets[i]));
            out.printf("%-44s %9s %9s %8s %9s%n", (Object[]) rows.get(rows.size() - 1));
            cpu.add(name + " launcher " + viaLauncher[0].cpuText() + " vs " + viaLauncher[1].cpuText()
                    + String.format(" (%.2fx)", viaLauncher[0].cpu() / viaLauncher[1].cpu()));
            Timing[] viaJar = WholeProcess.alternate(concat(jarOnly, commands[i]), floors.get(i), rounds);
            rows.add(row(name + " (java -jar) vs " + floor, viaJar, ""));
            out.printf("%-44s %9s %9s %8s %9s%n", (Object[]) rows.get(rows.size() - 1));
            cpu.add(name + " java -jar " + viaJar[0].cpuText() + " vs " + viaJar[1].cpuText()
                    + String.format(" (%.2fx)", viaJar[0].cpu() / viaJar[1].cpu()));
        }
        out.println();
        out.println("all together:");
        for (String[] r : rows) {
            out.printf("%-44s %9s %9s %8s %9s%n", (Object[]) r);
        }
        out.println("CPU (user+sys) medians: " + String.join("; ", cpu));
        out.println("load after: " + WholeProcess.load() + " (re-measure on a quiet machine)");
        if (kept == null) {
            WholeProcess.delete(data);
        }
        launcher.close();
    }

    private static UUID newest(Path data) {
        try (Store store = Store.openForReading(data)) {
            return store.stories().list(false).get(0).id();
        }
    }

    private static UUID build(Path data, int stories) {
        InterviewText text = new InterviewText(20_261_202L);
        UUID last = null;
        try (Store store = Store.open(data)) {
            for (int i = 0; i < stories; i++) {
                String guest = text.name();
                // the generator's paragraph ids repeat from story to story: each gets one of its own
                List<Paragraph> ps = text.paragraphs(60).stream()
                        .map(p -> new Paragraph(Paragraph.newId(), p.speakerKey(), p.spans(), p.start())).toList();
                last = store.stories().create(text.metadata(guest), text.speakers("主持人", guest), ps).id();
            }
        }
        return last;
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
}
