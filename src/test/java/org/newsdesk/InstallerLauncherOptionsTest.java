package org.newsdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdesk.app.WindowJvm;
import org.w3c.dom.Document;

/**
 * The installers' own launchers open the window with {@link WindowJvm}'s options: the pom hands
 * them to jpackage (every OS), and on Linux {@code installer/linux/launchers.sh} leaves them out
 * of the launchers for the command line. Checked on the pom's text and by running the script on
 * an image whose {@code .cfg} is written as jpackage writes it.
 */
class InstallerLauncherOptionsTest {

    private static final String MARKER_OPTION = "-D" + WindowJvm.MARKER + "=installer";

    @TempDir
    Path dir;

    @Test
    void thePomGivesJpackageTheWindowsOptions() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        var properties = pom.getElementsByTagName("installer.window.options");
        assertThat(properties.getLength()).as("one installer.window.options property").isEqualTo(1);
        List<String> options = Arrays.asList(properties.item(0).getTextContent().trim().split("\\s+"));

        List<String> expected = new ArrayList<>(WindowJvm.OPTIONS);
        expected.add(MARKER_OPTION);
        assertThat(options).containsExactlyElementsOf(expected);
        String text = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        // the app image's launcher (the only one of the .msi and .dmg) and the Linux packaging script get them
        assertThat(text).contains("<argument>--java-options</argument><argument>-Dfile.encoding=UTF-8 "
                + "${installer.java.options} ${installer.window.options}</argument>");
        assertThat(text).contains("<argument>${installer.window.options}</argument>");
    }

    @Test
    void theLinuxCommandLineLaunchersLeaveTheWindowsOptionsOut() throws Exception {
        TestRequirements.programs("the image's launchers are made by a bash script", "bash", "grep");
        Path image = dir.resolve("Newsdesk");
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("bin"));
        Files.writeString(image.resolve("bin/Newsdesk"), "launcher", StandardCharsets.UTF_8);
        List<String> cfg = new ArrayList<>(List.of("[Application]", "app.classpath=$APPDIR/newsdesk.jar",
                "app.mainclass=org.newsdesk.app.Main", "", "[JavaOptions]", "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-Dfile.encoding=UTF-8", "java-options=-XX:SharedArchiveFile=$APPDIR/newsdesk.jsa"));
        for (String option : WindowJvm.OPTIONS) {
            cfg.add("java-options=" + option);
        }
        cfg.add("java-options=" + MARKER_OPTION);
        Files.write(app.resolve("Newsdesk.cfg"), cfg, StandardCharsets.UTF_8);

        runLaunchersScript(image);

        assertThat(Files.readAllLines(app.resolve("Newsdesk.cfg"), StandardCharsets.UTF_8)).as("the window's")
                .containsExactlyElementsOf(cfg);
        List<String> work = Files.readAllLines(app.resolve("newsdesk-work.cfg"), StandardCharsets.UTF_8);
        List<String> cli = Files.readAllLines(app.resolve("newsdesk-cli.cfg"), StandardCharsets.UTF_8);
        assertThat(work).containsExactlyElementsOf(cfg.subList(0, 8));
        assertThat(cli).containsExactlyElementsOf(concat(cfg.subList(0, 8),
                List.of("java-options=-XX:TieredStopAtLevel=1", "java-options=-XX:+UseSerialGC")));
        assertThat(image.resolve("bin/newsdesk-work")).hasContent("launcher");
        assertThat(image.resolve("bin/newsdesk-cli")).hasContent("launcher");
        // search: the short commands' launcher with the window's heap ceiling, for the index it may build
        List<String> heap = WindowJvm.OPTIONS.stream().filter(o -> !o.equals("-XX:+UseSerialGC"))
                .map(o -> "java-options=" + o).toList();
        assertThat(Files.readAllLines(app.resolve("newsdesk-search.cfg"), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(concat(cli, heap));
        assertThat(image.resolve("bin/newsdesk-search")).hasContent("launcher");
    }

    @Test
    void aLauncherConfigurationWithoutTheWindowsOptionsIsRefused() throws Exception {
        TestRequirements.programs("the image's launchers are made by a bash script", "bash", "grep");
        Path image = dir.resolve("Newsdesk");
        Path app = Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("bin"));
        Files.writeString(image.resolve("bin/Newsdesk"), "launcher", StandardCharsets.UTF_8);
        Files.write(app.resolve("Newsdesk.cfg"), List.of("[JavaOptions]", "java-options=-Dfile.encoding=UTF-8"),
                StandardCharsets.UTF_8);

        Process p = launchersScript(image).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(output).isNotZero();
        assertThat(output).contains("lacks the window's option " + WindowJvm.OPTIONS.get(0));
        assertThat(image.resolve("bin/newsdesk-cli")).doesNotExist();
    }

    private static void runLaunchersScript(Path image) throws IOException, InterruptedException {
        Process p = launchersScript(image).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
    }

    private static ProcessBuilder launchersScript(Path image) {
        String windowOptions = String.join(" ", WindowJvm.OPTIONS) + " " + MARKER_OPTION;
        return new ProcessBuilder("bash", "installer/linux/launchers.sh", image.toString(), windowOptions)
                .redirectErrorStream(true);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
