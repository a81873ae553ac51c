package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.WindowJvm;

/**
 * The window started from the Linux menu entry or a file manager (the desktop file's Exec line)
 * gets the same environment as the window started on the command line (the {@code newsdesk}
 * script) and as {@code java -jar} gives the window it starts ({@link WindowJvm#ENVIRONMENT}).
 * Both are run by {@code sh} with a stand-in launcher that writes down its environment.
 */
class MenuEntryEnvironmentTest {

    private static final Path DESKTOP_FILE = Path.of("installer/linux/resources/Newsdesk.desktop");
    private static final Path SCRIPT = Path.of("installer/linux/newsdesk");

    @TempDir
    Path dir;

    @Test
    void theMenuEntryStartsTheWindowWithTheWindowsEnvironment() throws Exception {
        TestRequirements.programs("the menu entry's command runs through env", "sh", "env");
        Path image = standInImage();
        String exec = execLine();
        // jpackage puts the launcher's path in place of APPLICATION_LAUNCHER; the desktop puts the files at %F
        assertThat(exec).contains("APPLICATION_LAUNCHER").endsWith(" %F");
        String command = exec.replace("APPLICATION_LAUNCHER", image.resolve("bin/Newsdesk").toString())
                .replace("%F", "'" + dir.resolve("采访 稿.docx") + "'");

        Map<String, String> seen = run(command);

        assertThat(seen.get("args")).isEqualTo(dir.resolve("采访 稿.docx").toString());
        WindowJvm.ENVIRONMENT.forEach((name, value) -> assertThat(seen.get(name)).as(name).isEqualTo(value));
    }

    @Test
    void theCommandLineScriptStartsTheWindowWithTheSameEnvironment() throws Exception {
        TestRequirements.programs("the launcher is a shell script", "sh", "env");
        Path image = standInImage();
        Path script = image.resolve("bin/newsdesk");
        Files.copy(SCRIPT, script);
        executable(script);

        Map<String, String> seen = run("'" + script + "' --lang zh-CN");

        assertThat(seen.get("launcher")).isEqualTo("Newsdesk");
        WindowJvm.ENVIRONMENT.forEach((name, value) -> assertThat(seen.get(name)).as(name).isEqualTo(value));
    }

    @Test
    void aWindowStartedWithLangGivesGtksDialogsThatLanguage() throws Exception {
        TestRequirements.programs("the launcher is a shell script", "sh", "env");
        Path image = standInImage();
        Path script = image.resolve("bin/newsdesk");
        Files.copy(SCRIPT, script);
        executable(script);

        assertThat(run("'" + script + "' --lang zh-TW").get("LANGUAGE")).isEqualTo("zh_TW");
        assertThat(run("'" + script + "' --data-dir /tmp/d --lang=zh-CN").get("LANGUAGE")).isEqualTo("zh_CN");
        assertThat(run("'" + script + "' --lang zh-HK").get("LANGUAGE")).isEqualTo("zh_HK:zh_TW");
        assertThat(run("'" + script + "' --lang en '/tmp/采访 稿.docx'").get("LANGUAGE")).isEqualTo("en");
        // without --lang the desktop's own setting stays
        assertThat(run("'" + script + "'").get("LANGUAGE")).isEmpty();
    }

    private String execLine() throws IOException {
        List<String> exec = Files.readAllLines(DESKTOP_FILE, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("Exec=")).toList();
        assertThat(exec).as("one Exec line").hasSize(1);
        return exec.get(0).substring("Exec=".length());
    }

    /** An app image's bin folder whose window launcher writes its name, arguments and environment down. */
    private Path standInImage() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("image/bin"));
        Path out = dir.resolve("seen.txt");
        StringBuilder body = new StringBuilder("#!/bin/sh\n{ echo \"launcher=$(basename \"$0\")\"; echo \"args=$*\";\n");
        for (String name : java.util.stream.Stream.concat(WindowJvm.ENVIRONMENT.keySet().stream(),
                java.util.stream.Stream.of("LANGUAGE")).toList()) {
            body.append("  echo \"").append(name).append("=${").append(name).append(":-}\";\n");
        }
        body.append("} > '").append(out).append("'\n");
        Path launcher = bin.resolve("Newsdesk");
        Files.writeString(launcher, body.toString(), StandardCharsets.UTF_8);
        executable(launcher);
        return dir.resolve("image");
    }

    /** Runs {@code command} by sh with none of the window's variables set beforehand. */
    private Map<String, String> run(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true);
        WindowJvm.ENVIRONMENT.keySet().forEach(builder.environment()::remove);
        builder.environment().remove("LANGUAGE");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        Map<String, String> seen = new java.util.HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("seen.txt"), StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            seen.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return seen;
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
