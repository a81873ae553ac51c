package org.newsdesk.ui.main;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;

/** The dismissable "first steps" card above the transcript: what the sample is, and the keys to try. */
final class FirstStepsCard {

    private FirstStepsCard() {
    }

    /** {@code content} with the card above it while {@code steps} is open; {@code closed} runs after closing it. */
    static Node above(Node content, FirstSteps steps, Messages messages, Runnable closed) {
        Label title = new Label(messages.get("firstSteps.title"));
        title.getStyleClass().add("first-steps-title");
        Label intro = new Label(messages.get("firstSteps.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        // one label per key, so a narrow column wraps between keys, never inside one
        FlowPane keys = new FlowPane(14, 2);
        keys.setId("firstStepsKeys");
        for (String key : messages.get("firstSteps.keys").split(" · ")) {
            keys.getChildren().add(new Label(key.strip()));
        }
        Button close = new Button(messages.get("firstSteps.close"));
        close.setId("firstStepsClose");
        close.setAccessibleText(messages.get("firstSteps.close.accessible"));
        close.setOnAction(e -> {
            steps.close();
            closed.run();
        });
        BorderPane card = new BorderPane();
        card.setId("firstStepsCard");
        card.getStyleClass().add("first-steps-card");
        card.setCenter(new VBox(4, title, intro, keys));
        card.setRight(close);
        BorderPane.setAlignment(close, javafx.geometry.Pos.TOP_RIGHT);
        card.visibleProperty().bind(steps.openProperty());
        card.managedProperty().bind(steps.openProperty());
        VBox box = new VBox(card, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
