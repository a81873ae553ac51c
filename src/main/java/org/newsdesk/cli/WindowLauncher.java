package org.newsdesk.cli;

import java.nio.file.Path;

/** Opens the window (the app decides how); the CLI itself never loads JavaFX. */
@FunctionalInterface
public interface WindowLauncher {

    /**
     * @param dataDir    the --data-dir folder (absolute), or null for the one the preferences or defaults name
     * @param lang       the --lang value, or null for the system language
     * @param importFile a file to show in the import preview at once, or null
     */
    void open(Path dataDir, String lang, Path importFile);
}
