package org.newsdesk.ui.main;

/**
 * One command of the menus: its id (for tests and screen readers), the bundle key of its
 * name, its key (null for none) and what it does. The menus and the shortcut sheet are
 * both built from the same list, so they cannot disagree.
 */
record MenuAction(String id, String nameKey, String accelerator, Runnable action) {
}
