package org.newsdesk.ui.preferences;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;

/** The portal's channels: add, rename in place (double-click), remove and reorder. */
final class ChannelsEditor {

    private final VBox root = new VBox(8);

    ChannelsEditor(ObservableList<String> channels, Messages messages) {
        ListView<String> list = new ListView<>(channels);
        list.setId("prefsChannels");
        list.setEditable(true);
        list.setCellFactory(TextFieldListCell.forListView());
        list.setOnEditCommit(e -> {
            String name = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (name.isEmpty() || (channels.contains(name) && !name.equals(channels.get(e.getIndex())))) {
                return;
            }
            channels.set(e.getIndex(), name);
        });
        list.setPrefHeight(260);
        VBox.setVgrow(list, Priority.ALWAYS);

        TextField name = new TextField();
        name.setId("prefsChannelName");
        name.setPromptText(messages.get("prefs.channels.prompt"));
        name.setAccessibleText(messages.get("prefs.channels.prompt"));
        Button add = new Button(messages.get("prefs.channels.add"));
        add.setId("prefsChannelAdd");
        add.setDefaultButton(false);
        add.disableProperty().bind(name.textProperty().isEmpty());
        Runnable adding = () -> {
            String channel = name.getText().strip();
            if (!channel.isEmpty() && !channels.contains(channel)) {
                channels.add(channel);
                list.getSelectionModel().select(channel);
                list.scrollTo(channel);
            }
            name.clear();
        };
        add.setOnAction(e -> adding.run());
        name.setOnAction(e -> adding.run());
        Button remove = new Button(messages.get("prefs.channels.remove"));
        remove.setId("prefsChannelRemove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> channels.remove(list.getSelectionModel().getSelectedIndex()));
        Button up = new Button(messages.get("prefs.channels.up"));
        up.setId("prefsChannelUp");
        up.setOnAction(e -> move(list, -1));
        Button down = new Button(messages.get("prefs.channels.down"));
        down.setId("prefsChannelDown");
        down.setOnAction(e -> move(list, 1));
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        HBox addRow = new HBox(6, name, add);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox editRow = new HBox(6, remove, up, down);
        Label hint = new Label(messages.get("prefs.channels.hint"));
        hint.getStyleClass().add("preferences-hint");
        hint.setWrapText(true);
        root.setPadding(new Insets(0));
        root.getChildren().addAll(list, addRow, editRow, hint);
    }

    private static void move(ListView<String> list, int by) {
        int from = list.getSelectionModel().getSelectedIndex();
        int to = from + by;
        ObservableList<String> items = list.getItems();
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        String moved = items.remove(from);
        items.add(to, moved);
        list.getSelectionModel().select(to);
    }

    Node root() {
        return root;
    }
}
