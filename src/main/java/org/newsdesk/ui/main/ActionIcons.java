package org.newsdesk.ui.main;

import java.util.Map;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons of the commands that have one (menus and toolbar show the same icon). */
final class ActionIcons {

    private static final Map<String, Ikon> ICONS = Map.ofEntries(
            Map.entry("menuNew", Feather.FILE_PLUS),
            Map.entry("menuSaveRevision", Feather.SAVE),
            Map.entry("menuImport", Feather.DOWNLOAD),
            Map.entry("menuExport", Feather.SHARE),
            Map.entry("menuFind", Feather.SEARCH),
            Map.entry("menuReplace", Feather.REPEAT),
            Map.entry("menuUndo", Feather.ROTATE_CCW),
            Map.entry("menuRedo", Feather.ROTATE_CW),
            Map.entry("menuRevisions", Feather.CLOCK),
            Map.entry("menuTrash", Feather.TRASH_2),
            Map.entry("menuPreferences", Feather.SETTINGS),
            Map.entry("menuShortcuts", Feather.COMMAND),
            Map.entry("menuGuide", Feather.BOOK_OPEN),
            Map.entry("menuAbout", Feather.INFO),
            Map.entry("preview", Feather.EYE));

    private ActionIcons() {
    }

    /** A new icon node for {@code id}, or null when the command has none. */
    static Node of(String id) {
        Ikon ikon = ICONS.get(id);
        return ikon == null ? null : new FontIcon(ikon);
    }
}
