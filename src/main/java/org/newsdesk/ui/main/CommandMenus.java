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

    /**
     * File → Recent stories, right after New: the stories opened last, newest first, each
     * opening its story; greyed out while the list is empty.
     */
    void addRecentStories(MenuBar bar, RecentStories recent, java.util.function.Consumer<java.util.UUID> open) {
        Menu file = bar.getMenus().stream().filter(m -> "menu-file".equals(m.getId())).findFirst().orElseThrow();
        Menu submenu = new Menu(messages.get("menu.file.recent"));
        submenu.setId("menuRecent");
        Runnable fill = () -> {
            submenu.getItems().setAll(recent.stories().stream().map(r -> {
                MenuItem item = new MenuItem(r.headline().isBlank() ? messages.get("library.untitled") : r.headline());
                item.setMnemonicParsing(false);
                item.setOnAction(e -> open.accept(r.id()));
                return item;
            }).toList());
            submenu.setDisable(submenu.getItems().isEmpty());
        };
        recent.stories().addListener((javafx.collections.ListChangeListener<RecentStories.Recent>) c -> fill.run());
        fill.run();
        int afterNew = file.getItems().stream().map(MenuItem::getId).toList().indexOf("menuNew") + 1;
        file.getItems().add(afterNew, submenu);
    }

    private MenuItem item(MenuAction a) {
        MenuItem item = new MenuItem(messages.get(a.nameKey()));
        item.setGraphic(ActionIcons.of(a.id()));
        item.disableProperty().bind(Bindings.not(conditions.of(a.spec().enabledWhen())));
        item.setOnAction(e -> a.action().run());
        return item;
    }
}
