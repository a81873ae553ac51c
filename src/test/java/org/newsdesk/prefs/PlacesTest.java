package org.newsdesk.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsdesk.prefs.WindowLayout.ScreenArea;
import org.newsdesk.store.DataFolder;

/** Where the preferences live, which data folder wins, and where the window reopens. */
class PlacesTest {

    private static final Path HOME = Path.of("/home/editor");

    @Test
    void thePreferencesLiveInThePerUserConfigFolder() {
        assertThat(ConfigFolder.resolve(Map.of(), "Linux", HOME)).isEqualTo(HOME.resolve(".config/newsdesk"));
        assertThat(ConfigFolder.resolve(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", HOME)).isEqualTo(Path.of("/cfg/newsdesk"));
        assertThat(ConfigFolder.resolve(Map.of("XDG_CONFIG_HOME", "relative"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".config/newsdesk"));
        assertThat(ConfigFolder.resolve(Map.of(), "Mac OS X", HOME)).isEqualTo(HOME.resolve("Library/Preferences/Newsdesk"));
        assertThat(ConfigFolder.resolve(Map.of("APPDATA", "/appdata"), "Windows 11", HOME))
                .isEqualTo(Path.of("/appdata/Newsdesk"));
        assertThat(ConfigFolder.resolve(Map.of(ConfigFolder.ENV_OVERRIDE, "/portable/cfg"), "Linux", HOME))
                .isEqualTo(Path.of("/portable/cfg"));
    }

    @Test
    void theCommandLineAndTheEnvironmentWinOverThePreferredDataFolder() {
        Path preferred = Path.of("/srv/newsdesk");
        Map<String, String> env = Map.of(DataFolder.ENV_OVERRIDE, "/from/env");

        assertThat(DataFolder.resolve(Path.of("/given"), preferred, env, "Linux", HOME)).isEqualTo(Path.of("/given"));
        assertThat(DataFolder.resolve(null, preferred, env, "Linux", HOME)).isEqualTo(Path.of("/from/env"));
        assertThat(DataFolder.resolve(null, preferred, Map.of(), "Linux", HOME)).isEqualTo(preferred);
        assertThat(DataFolder.resolve(null, null, Map.of(), "Linux", HOME)).isEqualTo(HOME.resolve(".local/share/newsdesk"));
    }

    @Test
    void aWindowOnTodaysScreenStaysWhereItWas() {
        WindowLayout saved = new WindowLayout(100, 80, 1200, 800, false, List.of(0.2, 0.7));

        assertThat(saved.fittedInto(List.of(new ScreenArea(0, 0, 1920, 1040)))).isEqualTo(saved);
    }

    @Test
    void aWindowFromABiggerOrMissingScreenIsShrunkAndMovedOntoTheScreen() {
        WindowLayout fromSecondScreen = new WindowLayout(2200, 100, 2400, 1300, false, List.of());

        WindowLayout fitted = fromSecondScreen.fittedInto(List.of(new ScreenArea(0, 0, 1366, 728)));

        assertThat(fitted).isEqualTo(new WindowLayout(0, 0, 1366, 728, false, List.of()));
    }

    @Test
    void aWindowPicksTheScreenItOverlapsMost() {
        WindowLayout saved = new WindowLayout(1800, 50, 1000, 700, true, List.of(0.3));
        List<ScreenArea> screens = List.of(new ScreenArea(0, 0, 1920, 1080), new ScreenArea(1920, 0, 1280, 1024));

        WindowLayout fitted = saved.fittedInto(screens);

        assertThat(fitted.x()).isEqualTo(1920);
        assertThat(fitted.y()).isEqualTo(50);
        assertThat(fitted.width()).isEqualTo(1000);
        assertThat(fitted.maximized()).isTrue();
        assertThat(fitted.dividers()).containsExactly(0.3);
    }

    @Test
    void anUnsavedLayoutIsLeftToTheWindowAndBadDividersAreDropped() {
        assertThat(WindowLayout.NONE.known()).isFalse();
        assertThat(WindowLayout.NONE.fittedInto(List.of(new ScreenArea(0, 0, 800, 600)))).isEqualTo(WindowLayout.NONE);
        assertThat(new WindowLayout(0, 0, 800, 600, false, java.util.Arrays.asList(0.2, null, 1.5, -1.0, 0.8)).dividers())
                .containsExactly(0.2, 0.8);
    }
}
