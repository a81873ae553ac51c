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

    private static final class DeskCell extends TableCell<LibraryEntry, UUID> {
        private final LibraryNewsroom newsroom;
        private final Messages messages;
        private final FontIcon eye = new FontIcon(Feather.EYE);
        private final Label assignee = new Label();
        private final HBox box = new HBox(4);
        private final Tooltip tip = new Tooltip();

        DeskCell(LibraryNewsroom newsroom, Messages messages) {
            this.newsroom = newsroom;
            this.messages = messages;
            eye.getStyleClass().add("presence-icon");
            assignee.getStyleClass().add("assignee-badge");
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(UUID id, boolean empty) {
            super.updateItem(id, empty);
            setText(null);
            var open = empty || id == null ? java.util.Optional.<String>empty() : newsroom.openElsewhere(id);
            var handed = empty || id == null ? java.util.Optional.<String>empty() : newsroom.assignee(id);
            if (open.isEmpty() && handed.isEmpty()) {
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
            tip.setText(String.join("\n", lines));
            setGraphic(box);
            setTooltip(tip);
            setAccessibleText(tip.getText());
        }
    }
}
