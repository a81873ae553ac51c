package org.newsdesk.cli;

import java.nio.file.Path;

/** Opens the window (the app decides how); the CLI itself never loads JavaFX. */
@FunctionalInterface
public interface WindowLauncher {

    /**
     * @param dataFolder the data folder to use
     * @param lang       the --lang value, or null for the system language
     * @param importFile a file to show in the import preview at once, or null
     */
    void open(Path dataFolder, String lang, Path importFile);
}
