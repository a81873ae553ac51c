package org.newsdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/li");
    private static final String LINUX = "Linux";
    private static final String WINDOWS = "Windows 11";
    private static final String MAC = "Mac OS X";

    @Test
    void overrideWinsOverEnvironmentAndOsDefault() {
        Path override = Path.of("/srv/newsdesk-data");

        Path resolved = DataFolder.resolve(override, Map.of(DataFolder.ENV_OVERRIDE, "/tmp/from-env"), LINUX, HOME);

        assertThat(resolved).isEqualTo(override);
    }

    @Test
    void relativeOverrideIsMadeAbsolute() {
        Path resolved = DataFolder.resolve(Path.of("data"), Map.of(), LINUX, HOME);

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void environmentWinsOverOsDefault() {
        Map<String, String> env = Map.of(DataFolder.ENV_OVERRIDE, "/tmp/from-env", "XDG_DATA_HOME", "/data/xdg");

        assertThat(DataFolder.resolve(null, env, LINUX, HOME)).isEqualTo(Path.of("/tmp/from-env"));
        assertThat(DataFolder.resolve(null, Map.of(DataFolder.ENV_OVERRIDE, "/tmp/from-env"), WINDOWS, HOME))
                .isEqualTo(Path.of("/tmp/from-env"));
    }

    @Test
    void blankEnvironmentValueIsIgnored() {
        Path resolved = DataFolder.resolve(null, Map.of(DataFolder.ENV_OVERRIDE, "  "), LINUX, HOME);

        assertThat(resolved).isEqualTo(HOME.resolve(".local/share/newsdesk"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        Path resolved = DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), LINUX, HOME);

        assertThat(resolved).isEqualTo(Path.of("/data/xdg/newsdesk"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(DataFolder.resolve(null, Map.of(), LINUX, HOME)).isEqualTo(Path.of("/home/li/.local/share/newsdesk"));
        assertThat(DataFolder.resolve(null, Map.of("XDG_DATA_HOME", ""), LINUX, HOME))
                .isEqualTo(Path.of("/home/li/.local/share/newsdesk"));
    }

    @Test
    void linuxIgnoresRelativeXdgDataHome() {
        // the XDG spec says relative values are invalid and must be ignored
        Path resolved = DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "relative/dir"), LINUX, HOME);

        assertThat(resolved).isEqualTo(Path.of("/home/li/.local/share/newsdesk"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\li\\AppData\\Roaming";

        Path resolved = DataFolder.resolve(null, Map.of("APPDATA", appData), WINDOWS, HOME);

        assertThat(resolved).isEqualTo(Path.of(appData).resolve("Newsdesk"));
        assertThat(resolved.getFileName()).hasToString("Newsdesk");
        assertThat(resolved.getParent()).isEqualTo(Path.of(appData));
    }

    @Test
    void windowsWithoutAppDataUsesRoamingUnderHome() {
        Path resolved = DataFolder.resolve(null, Map.of(), WINDOWS, HOME);

        assertThat(resolved).isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("Newsdesk"));
    }

    @Test
    void macUsesApplicationSupport() {
        Path resolved = DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data/xdg"), MAC, Path.of("/Users/li"));

        assertThat(resolved).isEqualTo(Path.of("/Users/li/Library/Application Support/Newsdesk"));
    }

    @Test
    void resolveWithoutOverrideGivesAnAbsoluteFolder() {
        assertThat(DataFolder.resolve(null)).isAbsolute();
    }

    @Test
    void prepareCreatesMissingFoldersAndLeavesNoProbeBehind(@TempDir Path tmp) throws IOException {
        Path folder = tmp.resolve("a/b/newsdesk");

        DataFolder.prepare(folder);

        assertThat(folder).isDirectory();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
        DataFolder.prepare(folder); // an existing folder is fine too
    }

    @Test
    void prepareRefusesARegularFile(@TempDir Path tmp) throws IOException {
        // a permission-based check would be ineffective when the tests run as root
        Path file = Files.writeString(tmp.resolve("newsdesk"), "not a folder");

        assertFolderNotWritable(file);
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void prepareRefusesAFolderUnderARegularFile(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("blocker"), "x");

        assertFolderNotWritable(file.resolve("newsdesk"));
    }

    @Test
    void storeOpenRefusesARegularFile(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("newsdesk"), "not a folder");

        assertThatThrownBy(() -> Store.open(file).close())
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreException.Problem.FOLDER_NOT_WRITABLE);
                    assertThat(e.path()).isEqualTo(file);
                });
    }

    private static void assertFolderNotWritable(Path folder) {
        assertThatThrownBy(() -> DataFolder.prepare(folder))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StoreException.Problem.FOLDER_NOT_WRITABLE);
                    assertThat(e.path()).isEqualTo(folder);
                    assertThat(e.getMessage()).contains(folder.toString());
                });
    }
}
