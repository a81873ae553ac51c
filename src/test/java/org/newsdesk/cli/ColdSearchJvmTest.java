package org.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsdesk.cli.CliRun.assertSucceeded;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.Main;
import org.newsdesk.app.WindowJvm;

/**
 * {@code java -jar newsdesk.jar search ...} (a JVM with its default heap: the jar cannot carry
 * options) that has to build the index builds it in a second JVM with the window's memory
 * options; a search on a built index answers in its own JVM. Each JVM writes a GC log of its own
 * ({@code -Xlog:gc+init}, one file per process id), an option the first JVM hands down to the
 * second with the rest of its own.
 */
class ColdSearchJvmTest {

    @TempDir
    Path dir;

    @Test
    void aJavaJarSearchBuildsTheIndexInAJvmWithTheWindowsHeapOptions() throws Exception {
        Path data = dir.resolve("data");
        assertSucceeded(CliRun.in(data, "new", "--headline", "渡口改造访谈"));
        Path jar = jarLikeTheApps();

        Path coldLogs = Files.createDirectories(dir.resolve("cold"));
        Finished cold = javaJar(jar, coldLogs, "--data-dir", data.toString(), "search", "渡口");

        assertThat(cold.exit()).as(cold.output()).isZero();
        assertThat(cold.output()).contains("渡口改造访谈");
        List<String> logs = gcLogs(coldLogs);
        assertThat(logs).as("one log per JVM").hasSize(2);
        String bounded = "Heap Max Capacity: " + maxHeap();
        assertThat(logs).filteredOn(log -> log.contains(bounded)).as("the JVM that built the index").singleElement()
                .satisfies(log -> assertThat(log).contains("Heap Initial Capacity: 32M"));

        Path warmLogs = Files.createDirectories(dir.resolve("warm"));
        Finished warm = javaJar(jar, warmLogs, "--data-dir", data.toString(), "search", "改造");

        assertThat(warm.exit()).as(warm.output()).isZero();
        assertThat(warm.output()).contains("渡口改造访谈");
        assertThat(gcLogs(warmLogs)).as("the index is built: the search answers in its own JVM").hasSize(1);
    }

    private record Finished(int exit, String output) {
    }

    /** {@code java -Xlog... -jar jar args}, as a user starts it (the quick compiler only: a short run). */
    private static Finished javaJar(Path jar, Path logs, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xlog:gc+init:file=" + logs.resolve("gc-%p.log"), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Finished(p.waitFor(), output);
    }

    private static List<String> gcLogs(Path folder) throws IOException {
        List<String> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("gc-")).toList()) {
                logs.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return logs;
    }

    /** The window's heap ceiling as the GC log writes it ("384M"). */
    private static String maxHeap() {
        return WindowJvm.OPTIONS.stream().filter(o -> o.startsWith("-Xmx")).findFirst().orElseThrow()
                .substring("-Xmx".length()).toUpperCase(java.util.Locale.ROOT);
    }

    /** A jar that starts {@link Main} as the app's does, its classes and libraries named by its manifest. */
    private Path jarLikeTheApps() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
            }
        }
        main.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = dir.resolve("newsdesk.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }
}
