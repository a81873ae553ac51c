package org.newsdesk.ui.library;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;
import org.newsdesk.model.StorySummary;

/** The left-hand story list with its filter box. */
public final class LibraryView {

    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final VBox root = new VBox(6);
    private final ListView<StorySummary> list = new ListView<>();

    public LibraryView(LibraryViewModel viewModel, Messages messages, Consumer<UUID> open) {
        root.setId("libraryPane");
        root.setPadding(new Insets(8));
        TextField filter = new TextField();
        filter.setId("libraryFilter");
        filter.setPromptText(messages.get("library.filter"));
        filter.setAccessibleText(messages.get("library.filter"));
        filter.textProperty().bindBidirectional(viewModel.filterProperty());

        list.setId("storyList");
        list.setAccessibleText(messages.get("library.title"));
        list.setItems(viewModel.shownStories());
        Label placeholder = new Label(messages.get("library.empty"));
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(12));
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new StoryCell(messages));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, story) -> {
            if (story != null) {
                open.accept(story.id());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(filter, list);
    }

    /** Selects the given story in the list without reopening it. */
    public void select(UUID id) {
        for (StorySummary s : list.getItems()) {
            if (s.id().equals(id)) {
                list.getSelectionModel().select(s);
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    public Node root() {
        return root;
    }

    private static final class StoryCell extends ListCell<StorySummary> {
        private final Messages messages;

        StoryCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(StorySummary story, boolean empty) {
            super.updateItem(story, empty);
            if (empty || story == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label headline = new Label(story.headline().isBlank() ? messages.get("library.untitled") : story.headline());
            headline.getStyleClass().add("story-headline");
            Label status = new Label(messages.get("status." + story.status().name().toLowerCase(Locale.ROOT)));
            status.getStyleClass().addAll("status-badge", "status-" + story.status().name().toLowerCase(Locale.ROOT));
            Label updated = new Label(UPDATED.format(story.updatedAt().atZone(ZoneId.systemDefault())));
            updated.getStyleClass().add("story-updated");
            HBox line = new HBox(6, status, updated);
            setText(null);
            setGraphic(new VBox(2, headline, line));
        }
    }
}
