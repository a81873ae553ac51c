package org.newsdesk.ui.actions;

import java.util.Objects;
import org.kordamp.ikonli.Ikon;

/**
 * One command, declared once: the menus, the toolbar, the shortcut sheet, the user guide's
 * key table and the playback keys' "taken" check are all built from these.
 *
 * @param id          node id of its menu item (tests and screen readers find it by this)
 * @param menuKey     bundle key of the menu it sits in
 * @param textKey     bundle key of its name
 * @param icon        its icon, null for none
 * @param accelerator its default key in JavaFX's form ({@code Shortcut+Shift+K}), null for none
 * @param enabledWhen when it can act
 */
public record ActionSpec(String id, String menuKey, String textKey, Ikon icon, String accelerator,
                         EnabledWhen enabledWhen) {

    public ActionSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(menuKey, "menuKey");
        Objects.requireNonNull(textKey, "textKey");
        Objects.requireNonNull(enabledWhen, "enabledWhen of " + id);
    }

    /** The toolbar button's id: {@code menuExport} becomes {@code toolExport}. */
    public String toolId() {
        return "tool" + (id.startsWith("menu") ? id.substring("menu".length()) : id);
    }
}
