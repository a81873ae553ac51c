package org.newsdesk.ui.preferences;

import javafx.scene.Node;

/**
 * One page of the Preferences window. Other screens add their own (a key map, delivery
 * targets) by handing more sections to {@link PreferencesDialog}.
 *
 * @param id      node id of the page (for tests and screen readers)
 * @param title   name in the list on the left, in the user's language
 * @param content the page
 * @param onApply runs on OK and Apply, after the preferences themselves were applied
 */
public record PreferencesSection(String id, String title, Node content, Runnable onApply) {
}
