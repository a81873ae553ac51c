package org.newsdesk.cli;

import java.nio.file.Path;

/** Opens the window (the app decides how); the CLI itself never loads JavaFX. */
@FunctionalInterface
public interface WindowLauncher {

    /**
     * @param dataDir    the --data-dir folder (absolute), or null for the one the preferences or defaults name
     * @param lang       the --lang value, or null for the system language
     * @param importFiles files to show in the import preview one after another (empty for none)
     */
    void open(Path dataDir, String lang, java.util.List<Path> importFiles);
}
