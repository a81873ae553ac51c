package org.newsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
