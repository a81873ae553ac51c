package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.prefs.PreferencesFile;

class WindowJvmTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String[] ARGS = {"--data-dir", "/tmp/library", "--lang", "zh-CN"};

    @Test
    void javaJarWithoutOptionsOpensTheWindowInAJvmWithTheWindowsOptions() {
        List<String> command = WindowJvm.command(ARGS, null, "/opt/newsdesk.jar --data-dir /tmp/library --lang zh-CN",
                List.of("-Dfile.encoding=UTF-8"), JAVA, "/opt/newsdesk.jar").orElseThrow();

        assertThat(command.get(0)).isEqualTo(JAVA);
        assertThat(command).containsSubsequence("-Dfile.encoding=UTF-8", WindowJvm.OPTIONS.get(0));
        assertThat(command).containsAll(WindowJvm.OPTIONS).contains("-D" + WindowJvm.MARKER + "=java-jar");
        assertThat(command.subList(command.size() - 7, command.size())).containsExactly(
                "-cp", "/opt/newsdesk.jar", Main.class.getName(), "--data-dir", "/tmp/library", "--lang", "zh-CN");
    }

    @Test
    void aJvmWithTheOptionsOrTheUsersOwnChoiceOpensTheWindowItself() {
        String jar = "/opt/newsdesk.jar";
        assertThat(WindowJvm.command(ARGS, "launcher", jar, List.of(), JAVA, jar)).as("marked").isEmpty();
        assertThat(WindowJvm.command(ARGS, null, jar, List.of("-Xmx2g"), JAVA, jar)).as("own heap").isEmpty();
        assertThat(WindowJvm.command(ARGS, null, jar, List.of("-XX:+UseZGC"), JAVA, jar)).as("own collector").isEmpty();
        assertThat(WindowJvm.command(ARGS, null, "org.newsdesk.app.Main --data-dir /tmp/library", List.of(), JAVA,
                "target/classes")).as("started by class name").isEmpty();
        assertThat(WindowJvm.command(ARGS, null, jar, List.of(), null, jar)).as("java unknown").isEmpty();
    }

    @Test
    void theWindowsJvmGetsTheLanguageForGtksDialogsAsTheLaunchersSetIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(PreferencesFile.FILE_NAME);
        PreferencesFile preferences = new PreferencesFile(file, Clock.systemUTC());

        assertThat(WindowJvm.gtkLanguage(null, preferences)).as("no --lang, no preferences: the desktop's").isEmpty();
        Files.writeString(file, "{\"language\": \"zh-TW\"}", StandardCharsets.UTF_8);
        assertThat(WindowJvm.gtkLanguage(null, preferences)).contains("zh_TW");
        assertThat(WindowJvm.gtkLanguage("zh-CN", preferences)).as("--lang before Preferences").contains("zh_CN");
        assertThat(WindowJvm.gtkLanguage("zh_HK", preferences)).contains("zh_HK:zh_TW");
        assertThat(WindowJvm.gtkLanguage("en", preferences)).contains("en");
        assertThat(WindowJvm.gtkLanguage("fr", preferences)).as("an unknown --lang, as the launchers: the desktop's").isEmpty();
        Files.writeString(file, "{\"language\": \"\"}", StandardCharsets.UTF_8);
        assertThat(WindowJvm.gtkLanguage(null, preferences)).as("the system's language").isEmpty();
        Files.writeString(file, "{broken", StandardCharsets.UTF_8);
        assertThat(WindowJvm.gtkLanguage(null, preferences)).as("unreadable preferences").isEmpty();
    }
}
