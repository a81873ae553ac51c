package org.newsdesk.ui.main;

import org.newsdesk.ui.actions.ActionSpec;

/**
 * A command of the registry with what it does in this window. The menus, the toolbar and
 * the shortcut sheet are all built from the same list, so they cannot disagree.
 */
record MenuAction(ActionSpec spec, Runnable action) {

    String id() {
        return spec.id();
    }

    String nameKey() {
        return spec.textKey();
    }

    String accelerator() {
        return spec.accelerator();
    }
}
