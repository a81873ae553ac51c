package org.newsdesk.ui.preview;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import javafx.util.StringConverter;
import org.newsdesk.export.ScriptMode;
import org.newsdesk.i18n.Messages;

/** The page as it will be published, with a switch between the scripts. */
public final class PreviewView {

    private final VBox root = new VBox();
    private final WebView web = new WebView();

    public PreviewView(PreviewViewModel viewModel, Messages messages) {
        root.setId("previewPane");
        web.setId("previewWeb");
        web.setContextMenuEnabled(false);
        ChoiceBox<ScriptMode> script = new ChoiceBox<>();
        script.setId("previewScript");
        script.getItems().setAll(ScriptMode.AS_IS, ScriptMode.HANS, ScriptMode.HANT);
        script.setConverter(new StringConverter<>() {
            @Override
            public String toString(ScriptMode m) {
                return m == null ? "" : messages.get("script." + m.cliName().replace("-", "").toLowerCase(Locale.ROOT));
            }

            @Override
            public ScriptMode fromString(String s) {
                return null;
            }
        });
        script.valueProperty().bindBidirectional(viewModel.scriptProperty());
        Label problem = new Label();
        problem.setId("previewProblem");
        problem.getStyleClass().add("find-error");
        problem.textProperty().bind(viewModel.problemProperty());
        HBox bar = new HBox(8, new Label(messages.get("preview.script")), script, problem);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("find-bar");
        VBox.setVgrow(web, Priority.ALWAYS);
        root.getChildren().addAll(bar, web);
        viewModel.pageProperty().addListener((obs, old, uri) -> {
            if (uri == null) {
                web.getEngine().loadContent("");
            } else {
                web.getEngine().load(uri.toString());
            }
        });
    }

    public Node root() {
        return root;
    }
}
