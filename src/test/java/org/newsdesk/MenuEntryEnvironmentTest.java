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
import org.newsdesk.prefs.ConfigFolder;
import org.newsdesk.prefs.PreferencesFile;

/**
 * The window started from the Linux menu entry or a file manager (the desktop file's Exec line)
 * gets the same environment as the window started on the command line (the {@code newsdesk}
 * script) and as {@code java -jar} gives the window it starts ({@link WindowJvm#ENVIRONMENT}).
 * Both are run by {@code sh} with a stand-in launcher that writes down its environment. Among it
 * {@code LANGUAGE}, which gives GTK's own dialogs (the file chooser) the window's language:
 * {@code --lang}'s, else the one chosen in Preferences ({@code bin/window-language.sh}).
 */
class MenuEntryEnvironmentTest {

    private static final Path DESKTOP_FILE = Path.of("installer/linux/resources/Newsdesk.desktop");
    private static final Path SCRIPT = Path.of("installer/linux/newsdesk");
    private static final Path WINDOW_LANGUAGE = Path.of("bin/window-language.sh");
    /** Where the .deb installs the app image (jpackage's default for the package name). */
    private static final String INSTALLED_BIN = "/opt/newsdesk/bin/";

    @TempDir
    Path dir;

    @Test
    void theMenuEntryStartsTheWindowWithTheWindowsEnvironment() throws Exception {
        TestRequirements.programs("the menu entry's command runs through env", "sh", "env");
        Path image = standInImage();
        Map<String, String> seen = run(menuEntryCommand(image, dir.resolve("采访 稿.docx")));

        assertThat(seen.get("launcher")).isEqualTo("Newsdesk");
        assertThat(seen.get("args")).isEqualTo(dir.resolve("采访 稿.docx").toString());
        WindowJvm.ENVIRONMENT.forEach((name, value) -> assertThat(seen.get(name)).as(name).isEqualTo(value));
    }

    @Test
    void theMenuEntryGivesGtksDialogsTheLanguageChosenInPreferences() throws Exception {
        TestRequirements.programs("the menu entry's command runs the launcher script", "sh", "tr", "sed");
        Path image = standInImage();
        preferences("{\n  \"language\" : \"zh-TW\",\n  \"editorName\" : \"王编辑\"\n}\n");

        assertThat(run(menuEntryCommand(image, dir.resolve("a.docx"))).get("LANGUAGE")).isEqualTo("zh_TW");
    }

    @Test
    void theLanguageChosenInPreferencesIsReadHoweverTheFileIsSpaced() throws Exception {
        TestRequirements.programs("the launcher is a shell script", "sh", "tr", "sed");
        String script = "'" + standInImage().resolve("bin/newsdesk") + "'";

        preferences("{\"editorName\":\"Li, \\\"language\\\": \\\"en\\\"\",\"window\":{\"x\":1},\"language\":\"zh-CN\"}");
        assertThat(run(script).get("LANGUAGE")).isEqualTo("zh_CN");
        preferences("{\r\n\t\"theme\" : \"DARK\" ,\r\n\t\"language\"\r\n\t:\t\"en\"\r\n}");
        assertThat(run(script).get("LANGUAGE")).isEqualTo("en");
        // --lang comes before Preferences
        assertThat(run(script + " --lang zh-TW").get("LANGUAGE")).isEqualTo("zh_TW");
        // the system's language (blank), a file without the member, a broken file: the desktop's own setting stays
        preferences("{ \"language\" : \"\", \"editorName\" : \"en\" }");
        assertThat(run(script).get("LANGUAGE")).isEmpty();
        preferences("{ \"editorName\" : \"Li\" }");
        assertThat(run(script).get("LANGUAGE")).isEmpty();
        preferences("\u0000\u0001 not json");
        assertThat(run(script).get("LANGUAGE")).isEmpty();
    }

    @Test
    void preferencesAreFoundWhereTheAppKeepsThemWithoutTheOverride() throws Exception {
        TestRequirements.programs("the launcher is a shell script", "sh", "tr", "sed");
        String script = "'" + standInImage().resolve("bin/newsdesk") + "'";
        Path home = dir.resolve("home");
        Path xdg = dir.resolve("xdg");
        Path inHome = ConfigFolder.resolve(Map.of(), "Linux", home).resolve(PreferencesFile.FILE_NAME);
        Path inXdg = ConfigFolder.resolve(Map.of("XDG_CONFIG_HOME", xdg.toString()), "Linux", home)
                .resolve(PreferencesFile.FILE_NAME);
        Files.createDirectories(inHome.getParent());
        Files.writeString(inHome, "{ \"language\" : \"zh-TW\" }");
        String withoutOverride = "unset " + ConfigFolder.ENV_OVERRIDE + "; HOME='" + home + "' ";

        assertThat(run(withoutOverride + script).get("LANGUAGE")).isEqualTo("zh_TW");
        assertThat(run(withoutOverride + "XDG_CONFIG_HOME=relative " + script).get("LANGUAGE")).isEqualTo("zh_TW");
        Files.createDirectories(inXdg.getParent());
        Files.writeString(inXdg, "{ \"language\" : \"en\" }");
        assertThat(run(withoutOverride + "XDG_CONFIG_HOME='" + xdg + "' " + script).get("LANGUAGE")).isEqualTo("en");
    }

    /** The menu entry's command for one opened file, run against the stand-in image. */
    private String menuEntryCommand(Path image, Path file) throws IOException {
        String exec = execLine();
        // the package's own command (its environment and language); the desktop puts the files at %F
        assertThat(exec).startsWith(INSTALLED_BIN + "newsdesk ").endsWith(" %F");
        return exec.replace(INSTALLED_BIN, image.resolve("bin") + "/").replace("%F", "'" + file + "'");
    }

    private void preferences(String json) throws IOException {
        Files.writeString(configFolder().resolve(PreferencesFile.FILE_NAME), json, StandardCharsets.UTF_8);
    }

    private Path configFolder() throws IOException {
        return Files.createDirectories(dir.resolve("config"));
    }

    @Test
    void theCommandLineScriptStartsTheWindowWithTheSameEnvironment() throws Exception {
        TestRequirements.programs("the launcher is a shell script", "sh", "env");
        Path script = standInImage().resolve("bin/newsdesk");

        Map<String, String> seen = run("'" + script + "' --lang zh-CN");

        assertThat(seen.get("launcher")).isEqualTo("Newsdesk");
        WindowJvm.ENVIRONMENT.forEach((name, value) -> assertThat(seen.get(name)).as(name).isEqualTo(value));
    }

    @Test
    void aWindowStartedWithLangGivesGtksDialogsThatLanguage() throws Exception {
        TestRequirements.programs("the launcher is a shell script", "sh", "env");
        Path script = standInImage().resolve("bin/newsdesk");

        assertThat(run("'" + script + "' --lang zh-TW").get("LANGUAGE")).isEqualTo("zh_TW");
        assertThat(run("'" + script + "' --data-dir /tmp/d --lang=zh-CN").get("LANGUAGE")).isEqualTo("zh_CN");
        assertThat(run("'" + script + "' --lang zh-HK").get("LANGUAGE")).isEqualTo("zh_HK:zh_TW");
        assertThat(run("'" + script + "' --lang en '/tmp/采访 稿.docx'").get("LANGUAGE")).isEqualTo("en");
        // without --lang and without preferences the desktop's own setting stays
        assertThat(run("'" + script + "'").get("LANGUAGE")).isEmpty();
    }

    private String execLine() throws IOException {
        List<String> exec = Files.readAllLines(DESKTOP_FILE, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("Exec=")).toList();
        assertThat(exec).as("one Exec line").hasSize(1);
        return exec.get(0).substring("Exec=".length());
    }

    /**
     * An app image's bin folder as the .deb installs it (the {@code newsdesk} script and what it
     * sources) whose window launcher writes its name, arguments and environment down.
     */
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
        Files.copy(SCRIPT, bin.resolve("newsdesk"));
        executable(bin.resolve("newsdesk"));
        Files.copy(WINDOW_LANGUAGE, bin.resolve(WINDOW_LANGUAGE.getFileName()));
        return dir.resolve("image");
    }

    /**
     * Runs {@code command} by sh with none of the window's variables set beforehand, and the
     * preferences in this test's folder ({@link #preferences}).
     */
    private Map<String, String> run(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true);
        WindowJvm.ENVIRONMENT.keySet().forEach(builder.environment()::remove);
        builder.environment().remove("LANGUAGE");
        builder.environment().remove("XDG_CONFIG_HOME");
        builder.environment().put(ConfigFolder.ENV_OVERRIDE, configFolder().toString());
        Files.deleteIfExists(dir.resolve("seen.txt"));
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
