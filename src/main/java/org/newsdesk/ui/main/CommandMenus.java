package org.newsdesk.ui.main;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.actions.ActionRegistry;

/** The menu bar and the transcript's right-click menu, both built from the registry's commands. */
final class CommandMenus {

    private final Messages messages;
    private final ActionConditions conditions;

    CommandMenus(Messages messages, ActionConditions conditions) {
        this.messages = messages;
        this.conditions = conditions;
    }

    MenuBar menuBar(Map<String, List<MenuAction>> actions) {
        MenuBar bar = new MenuBar();
        bar.setId("menuBar");
        for (var entry : actions.entrySet()) {
            Menu menu = new Menu(messages.get(entry.getKey()));
            menu.setId(entry.getKey().replace('.', '-'));
            for (MenuAction a : entry.getValue()) {
                MenuItem item = item(a);
                item.setId(a.id());
                if (a.accelerator() != null) {
                    item.setAccelerator(KeyCombination.keyCombination(a.accelerator()));
                }
                menu.getItems().add(item);
            }
            bar.getMenus().add(menu);
        }
        return bar;
    }

    /**
     * The transcript's right-click menu: {@link ActionRegistry#TRANSCRIPT_CONTEXT_MENU}. Its items
     * carry no accelerator (the menu bar's items own the keys), so no key is registered twice.
     */
    ContextMenu transcriptMenu(Map<String, List<MenuAction>> actions) {
        Map<String, MenuAction> byId = actions.values().stream().flatMap(List::stream)
                .collect(Collectors.toMap(MenuAction::id, Function.identity()));
        ContextMenu menu = new ContextMenu();
        menu.setId("transcriptContextMenu");
        for (String id : ActionRegistry.TRANSCRIPT_CONTEXT_MENU) {
            if (id.equals("|")) {
                menu.getItems().add(new SeparatorMenuItem());
                continue;
            }
            MenuAction a = byId.get(id);
            MenuItem item = item(a);
            item.setId("context-" + id);
            menu.getItems().add(item);
        }
        return menu;
    }

    private MenuItem item(MenuAction a) {
        MenuItem item = new MenuItem(messages.get(a.nameKey()));
        item.setGraphic(ActionIcons.of(a.id()));
        item.disableProperty().bind(Bindings.not(conditions.of(a.spec().enabledWhen())));
        item.setOnAction(e -> a.action().run());
        return item;
    }
}
