package org.newsdesk.ui.main;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.newsdesk.i18n.Messages;

/** The dismissable "first steps" card above the transcript: what the sample is, and the keys to try. */
final class FirstStepsCard {

    private FirstStepsCard() {
    }

    /**
     * {@code content} with the card above it while {@code steps} is open; {@code closed} runs after
     * closing it. Compact, so the transcript keeps its room: what the sample is on one line (cut
     * with an ellipsis in a narrow column), then the keys, wrapped rather than cut, as they are what
     * the card is for; the whole text also in the tooltip and for screen readers.
     */
    static Node above(Node content, FirstSteps steps, Messages messages, Runnable closed) {
        Label title = new Label(messages.get("firstSteps.title"));
        title.getStyleClass().add("first-steps-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label intro = new Label(messages.get("ux20.firstSteps.intro"));
        intro.setId("firstStepsIntro");
        HBox first = new HBox(8, title, intro);
        first.setAlignment(Pos.BASELINE_LEFT);
        Label keys = new Label(messages.get("firstSteps.keys"));
        keys.setId("firstStepsKeys");
        keys.setWrapText(true);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        String whole = messages.get("firstSteps.intro") + "\n" + messages.get("firstSteps.keys");
        VBox text = new VBox(2, first, keys);
        text.setAccessibleText(whole);
        Tooltip.install(text, new Tooltip(whole));
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button(messages.get("firstSteps.close"));
        close.setId("firstStepsClose");
        close.setAccessibleText(messages.get("firstSteps.close.accessible"));
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> {
            steps.close();
            closed.run();
        });
        HBox card = new HBox(8, text, close);
        card.setAlignment(Pos.CENTER_LEFT);
        card.setId("firstStepsCard");
        card.getStyleClass().add("first-steps-card");
        card.visibleProperty().bind(steps.openProperty());
        card.managedProperty().bind(steps.openProperty());
        VBox box = new VBox(card, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }
}
