package org.newsdesk.ui.main;

import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;

/** Ctrl+/: every key of the editor, from the registry the menus are built from, and the keys left to the input method. */
final class ShortcutSheet {

    /** Keys the transcript area handles itself, not through a menu. */
    private static final List<String[]> BUILT_IN = List.of(
            new String[] {"Enter", "keys.enter"},
            new String[] {"Ctrl+Home / Ctrl+End", "keys.documentEnds"},
            new String[] {"Esc", "keys.closeFind"});

    private ShortcutSheet() {
    }

    /** The sheet's smallest size: a few groups of keys readable without scrolling sideways. */
    static final double MIN_WIDTH = 480;
    static final double MIN_HEIGHT = 360;

    static void show(Window owner, Messages messages, Map<String, List<MenuAction>> menus,
                     org.newsdesk.ui.media.KeyMap playbackKeys) {
        GridPane grid = new GridPane();
        grid.setId("shortcutSheet");
        grid.setHgap(24);
        grid.setVgap(4);
        grid.setPadding(new Insets(12));
        int row = 0;
        for (var menu : menus.entrySet()) {
            Label heading = new Label(messages.get(menu.getKey()));
            heading.getStyleClass().add("pane-title");
            grid.add(heading, 0, row++, 2, 1);
            for (MenuAction a : menu.getValue()) {
                if (a.accelerator() != null) {
                    grid.addRow(row++, new Label(KeyCombination.keyCombination(a.accelerator()).getDisplayText()),
                            new Label(messages.get(a.nameKey())));
                }
            }
        }
        Label heading = new Label(messages.get("keys.builtIn"));
        heading.getStyleClass().add("pane-title");
        grid.add(heading, 0, row++, 2, 1);
        for (String[] key : BUILT_IN) {
            grid.addRow(row++, new Label(key[0]), new Label(messages.get(key[1])));
        }
        Label reserved = new Label(messages.get("keys.reserved.title"));
        reserved.getStyleClass().add("pane-title");
        grid.add(reserved, 0, row++, 2, 1);
        for (var key : org.newsdesk.ui.actions.ReservedKeys.INPUT_METHOD.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByValue()).toList()) {
            grid.addRow(row++, new Label(org.newsdesk.ui.media.FxKeys.display(key.getKey())),
                    new Label(messages.get(key.getValue())));
        }
        Label playback = new Label(messages.get("media.keys.sheet"));
        playback.getStyleClass().add("pane-title");
        grid.add(playback, 0, row++, 2, 1);
        for (var action : org.newsdesk.ui.media.PlaybackAction.values()) {
            List<String> shown = playbackKeys.keysOf(action).stream().map(org.newsdesk.ui.media.FxKeys::display).toList();
            if (!shown.isEmpty()) {
                grid.addRow(row++, new Label(String.join(" / ", shown)), new Label(messages.get(action.nameKey())));
            }
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("menu.help.shortcuts"));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefSize(520, 560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        // a window manager that shrinks a new window to its minimum (openbox) leaves the sheet usable
        javafx.stage.Stage window = (javafx.stage.Stage) dialog.getDialogPane().getScene().getWindow();
        window.setMinWidth(MIN_WIDTH);
        window.setMinHeight(MIN_HEIGHT);
        dialog.show();
    }
}
