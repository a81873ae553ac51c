package org.newsdesk.ui.metadata;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;

/** The right-hand pane: the page's headline and the people behind it. */
public final class MetadataView {

    private final VBox root = new VBox(6);

    public MetadataView(MetadataViewModel viewModel, Messages messages) {
        root.setId("metadataPane");
        root.getStyleClass().add("metadata-pane");
        root.setPadding(new Insets(10));
        Label title = new Label(messages.get("metadata.title"));
        title.getStyleClass().add("pane-title");
        root.getChildren().add(title);
        field("headlineField", messages.get("metadata.headline"), viewModel.headlineProperty(), viewModel);
        field("sourceField", messages.get("metadata.source"), viewModel.sourceProperty(), viewModel);
        field("authorsField", messages.get("metadata.authors"), viewModel.authorsProperty(), viewModel);
        field("editorField", messages.get("metadata.editor"), viewModel.editorProperty(), viewModel);
    }

    private void field(String id, String label, StringProperty value, MetadataViewModel viewModel) {
        Label caption = new Label(label);
        TextField field = new TextField();
        field.setId(id);
        field.setAccessibleText(label);
        caption.setLabelFor(field);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(viewModel.editableProperty().not());
        root.getChildren().addAll(caption, field);
    }

    public Node root() {
        return root;
    }
}
