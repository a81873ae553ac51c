package org.newsdesk.prefs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the preferences file lives: the per-user configuration folder of each OS. It never
 * depends on the data folder, because the data folder itself is one of the preferences.
 */
public final class ConfigFolder {

    public static final String ENV_OVERRIDE = "NEWSDESK_CONFIG_DIR";

    private ConfigFolder() {
    }

    /**
     * {@value #ENV_OVERRIDE} if set; else {@code %APPDATA%\Newsdesk} on Windows,
     * {@code ~/Library/Preferences/Newsdesk} on macOS, {@code $XDG_CONFIG_HOME/newsdesk}
     * (or {@code ~/.config/newsdesk}) elsewhere.
     */
    public static Path resolve(Map<String, String> env, String osName, Path home) {
        String fromEnv = env.get(ENV_OVERRIDE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return base.resolve("Newsdesk");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Preferences/Newsdesk");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("newsdesk");
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }
}
