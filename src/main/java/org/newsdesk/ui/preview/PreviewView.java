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

/**
 * The page as it will be published, with a switch between the scripts. The browser engine
 * is made when the first page is shown: loading WebKit takes seconds, and the window must
 * not wait for it before its first frame.
 */
public final class PreviewView {

    private final VBox root = new VBox();
    private WebView web;

    public PreviewView(PreviewViewModel viewModel, Messages messages) {
        root.setId("previewPane");
        ChoiceBox<ScriptMode> script = new ChoiceBox<>();
        script.setId("previewScript");
        script.getItems().setAll(ScriptMode.AS_IS, ScriptMode.HANS, ScriptMode.HANT, ScriptMode.HANT_HK);
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
        root.getChildren().add(bar);
        viewModel.pageProperty().addListener((obs, old, uri) -> {
            if (uri == null) {
                if (web != null) {
                    web.getEngine().loadContent("");
                }
            } else {
                web().getEngine().load(uri.toString());
            }
        });
    }

    private WebView web() {
        if (web == null) {
            web = new WebView();
            web.setId("previewWeb");
            web.setContextMenuEnabled(false);
            VBox.setVgrow(web, Priority.ALWAYS);
            root.getChildren().add(web);
        }
        return web;
    }

    public Node root() {
        return root;
    }
}
