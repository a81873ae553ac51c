package org.newsdesk.ui.main;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import org.newsdesk.i18n.Messages;
import org.newsdesk.ui.actions.ActionRegistry;

/** The row of icons under the menus: the commands an editor reaches for most. */
final class MainToolbar {

    private final ToolBar root = new ToolBar();

    MainToolbar(Map<String, List<MenuAction>> actions, Messages messages, TabPane centre, Tab previewTab,
            MenuAction preferences, ActionConditions conditions) {
        root.setId("mainToolbar");
        root.getStyleClass().add("main-toolbar");
        for (String id : ActionRegistry.TOOLBAR) {
            if (id.equals("|")) {
                root.getItems().add(new Separator(Orientation.VERTICAL));
                continue;
            }
            actions.values().stream().flatMap(List::stream).filter(a -> a.id().equals(id)).findFirst()
                    .ifPresent(a -> root.getItems().add(button(a, messages, conditions)));
        }
        root.getItems().add(new Separator(Orientation.VERTICAL));
        ToggleButton preview = new ToggleButton(null, ActionIcons.of("preview"));
        preview.setId("toolPreview");
        preview.setTooltip(new Tooltip(messages.get("tab.preview")));
        preview.setAccessibleText(messages.get("tab.preview"));
        preview.setFocusTraversable(false);
        preview.setSelected(previewTab.isSelected());
        previewTab.selectedProperty().addListener((o, was, now) -> preview.setSelected(now));
        preview.setOnAction(e -> centre.getSelectionModel().select(preview.isSelected() ? previewTab : centre.getTabs().get(0)));
        root.getItems().addAll(preview, button(preferences, messages, conditions));
    }

    private static Button button(MenuAction action, Messages messages, ActionConditions conditions) {
        Button button = new Button(null, ActionIcons.of(action.id()));
        button.setId(action.spec().toolId());
        button.disableProperty().bind(Bindings.not(conditions.of(action.spec().enabledWhen())));
        String name = messages.get(action.nameKey()).replace("…", "");
        String tip = action.accelerator() == null ? name
                : name + "  (" + KeyCombination.keyCombination(action.accelerator()).getDisplayText() + ")";
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(name);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.action().run());
        return button;
    }

    Node root() {
        return root;
    }
}
