package org.newsdesk.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.newsdesk.i18n.Messages;
import org.newsdesk.store.LibraryEntry;

/**
 * The library's newsroom parts, shown only while joined: a column with an eye for a story a
 * colleague has open and the story's assignee (both in the tooltip), and the "Mine" filter.
 */
final class NewsroomColumn {

    private NewsroomColumn() {
    }

    static TableColumn<LibraryEntry, UUID> column(LibraryNewsroom newsroom, Messages messages, TableView<LibraryEntry> table) {
        TableColumn<LibraryEntry, UUID> c = new TableColumn<>(messages.get("library.col.newsroom"));
        c.setId("colNewsroom");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().summary().id()));
        c.setCellFactory(x -> new DeskCell(newsroom, messages));
        c.setPrefWidth(96);
        // the eye and a name of three characters stay readable when the library is narrow
        c.setMinWidth(92);
        c.setSortable(true);
        c.visibleProperty().bind(newsroom.joinedProperty());
        newsroom.shownChangesProperty().addListener((o, old, now) -> table.refresh());
        newsroom.openElsewhereProperty().addListener((o, old, now) -> table.refresh());
        return c;
    }

    static CheckBox mineFilter(LibraryNewsroom newsroom, Messages messages) {
        CheckBox mine = new CheckBox(messages.get("library.filter.mine"));
        mine.setId("mineFilter");
        mine.setMaxWidth(Double.MAX_VALUE);
        mine.selectedProperty().bindBidirectional(newsroom.mineOnlyProperty());
        mine.visibleProperty().bind(newsroom.joinedProperty());
        mine.managedProperty().bind(newsroom.joinedProperty());
        return mine;
    }

    /**
     * The library's right-click menu while joined: "Keep offline", ticked for a story whose
     * text is kept on this workstation (greyed when every story is kept).
     */
    static void keepOfflineMenu(TableView<LibraryEntry> table, LibraryNewsroom newsroom, KeepOffline keep,
                                Messages messages) {
        javafx.scene.control.CheckMenuItem item = new javafx.scene.control.CheckMenuItem(messages.get("nrwin2.keepOffline"));
        item.setId("menuKeepOffline");
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(item);
        menu.setId("libraryContextMenu");
        menu.setOnShowing(e -> {
            LibraryEntry entry = table.getSelectionModel().getSelectedItem();
            item.setSelected(entry != null && newsroom.kept(entry.summary().id()));
            item.setDisable(entry == null || newsroom.keptAll());
        });
        item.setOnAction(e -> {
            LibraryEntry entry = table.getSelectionModel().getSelectedItem();
            if (entry != null) {
                keep.set(entry.summary().id(), item.isSelected());
            }
        });
        newsroom.joinedProperty().addListener((o, was, now) -> table.setContextMenu(now ? menu : null));
        table.setContextMenu(newsroom.joinedProperty().get() ? menu : null);
    }

    private static final class DeskCell extends TableCell<LibraryEntry, UUID> {
        private final LibraryNewsroom newsroom;
        private final Messages messages;
        private final FontIcon eye = new FontIcon(Feather.EYE);
        private final FontIcon kept = new FontIcon(Feather.HARD_DRIVE);
        private final Label assignee = new Label();
        private final HBox box = new HBox(4);
        /** Made when the cell first has something to tell: a tooltip is a window of its own. */
        private Tooltip tip;

        DeskCell(LibraryNewsroom newsroom, Messages messages) {
            this.newsroom = newsroom;
            this.messages = messages;
            eye.getStyleClass().add("presence-icon");
            kept.getStyleClass().add("kept-offline-icon");
            assignee.getStyleClass().add("assignee-badge");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(UUID id, boolean empty) {
            super.updateItem(id, empty);
            setText(null);
            var open = empty || id == null ? java.util.Optional.<String>empty() : newsroom.openElsewhere(id);
            var handed = empty || id == null ? java.util.Optional.<String>empty() : newsroom.assignee(id);
            boolean keptHere = !empty && id != null && newsroom.kept(id);
            if (open.isEmpty() && handed.isEmpty() && !keptHere) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            List<String> lines = new ArrayList<>();
            box.getChildren().clear();
            open.ifPresent(names -> {
                box.getChildren().add(eye);
                lines.add(messages.get("library.presence.tooltip", names));
            });
            handed.ifPresent(name -> {
                assignee.setText(name);
                box.getChildren().add(assignee);
                lines.add(messages.get("library.assignee.tooltip", name));
            });
            if (keptHere) {
                box.getChildren().add(kept);
                lines.add(messages.get("nrwin2.keptOffline.mark"));
            }
            if (tip == null) {
                tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(420);
            }
            tip.setText(String.join("\n", lines));
            setGraphic(box);
            setTooltip(tip);
            setAccessibleText(tip.getText());
        }
    }
}
