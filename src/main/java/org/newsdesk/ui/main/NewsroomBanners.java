package org.newsdesk.ui.main;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.newsdesk.i18n.Messages;

/**
 * The lines over the open story in a newsroom: "‹editor› is also editing — changes merge", and
 * while a conflict is open a warning with the merge view a click away. Both take no room when
 * there is nothing to say.
 */
final class NewsroomBanners {

    private final VBox root = new VBox();

    NewsroomBanners(NewsroomLink link, Messages messages, java.util.function.Supplier<Window> owner) {
        Label presence = new Label();
        presence.setId("newsroomPresence");
        presence.textProperty().bind(link.presenceProperty());
        presence.setAccessibleText(messages.get("newsroom.banner.presenceName"));
        presence.setWrapText(true);
        HBox presenceLine = line(presence, "newsroom-presence");
        presenceLine.visibleProperty().bind(link.presenceProperty().isNotEmpty());
        presenceLine.managedProperty().bind(presenceLine.visibleProperty());

        Label conflict = new Label(messages.get("newsroom.banner.conflict"));
        conflict.setId("newsroomConflict");
        conflict.setWrapText(true);
        Button resolve = new Button(messages.get("newsroom.banner.resolve"));
        resolve.setId("newsroomResolve");
        resolve.setMinWidth(Region.USE_PREF_SIZE); // the words, never "…", however narrow the window
        resolve.setOnAction(e -> link.openConflicts(open -> new ConflictDialog(owner.get(), messages, link, open).show()));
        HBox conflictLine = line(conflict, "newsroom-conflict");
        conflictLine.getChildren().add(resolve);
        conflictLine.visibleProperty().bind(link.conflictOpenProperty());
        conflictLine.managedProperty().bind(conflictLine.visibleProperty());
        root.getChildren().addAll(conflictLine, presenceLine);
    }

    private static HBox line(Label text, String style) {
        HBox box = new HBox(10, text);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 10, 4, 10));
        box.getStyleClass().add(style);
        box.setStyle(style.endsWith("conflict") ? "-fx-background-color: #fde2e1;" : "-fx-background-color: #e3effc;");
        return box;
    }

    Node root() {
        return root;
    }
}
