package org.newsdesk.ui.main;

import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.ui.actions.ActionRegistry;
import org.newsdesk.ui.actions.ActionSpec;

/** Icons of the commands that have one (menus and toolbar show the registry's icon). */
final class ActionIcons {

    private ActionIcons() {
    }

    /** A new icon node for {@code id}, or null when the command has none. */
    static Node of(String id) {
        if (id.equals("preview")) {
            return new FontIcon(Feather.EYE);
        }
        return ActionRegistry.find(id).map(ActionSpec::icon).map(i -> (Node) new FontIcon(i)).orElse(null);
    }
}
