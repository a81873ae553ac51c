package org.newsdesk.ui.main;

/**
 * The commands of the menus that belong to the application rather than to a story:
 * the composition root knows the preferences, their file and the data folder, so it
 * provides them.
 *
 * @param preferences opens Edit → Preferences
 * @param userGuide   opens Help → User guide
 * @param about       opens Help → About
 */
public record ShellCommands(Runnable preferences, Runnable userGuide, Runnable about) {
}
