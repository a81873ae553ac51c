package org.newsdesk.ui.main;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Paragraph;

/** What the transcript view does for a main view model in a test without a window. */
final class ShownTranscript {

    private ShownTranscript() {
    }

    /**
     * Shows each story the editor opens and hands its text over on demand, as the transcript view
     * does: the returned list is the text on screen, which the test may add to as if typed.
     */
    static List<Paragraph> follow(MainViewModel main) {
        List<Paragraph> shown = new ArrayList<>();
        main.editor().setTranscriptSource(() -> {
            List<Paragraph> copy = List.copyOf(shown);
            return () -> copy;
        });
        main.editor().storyProperty().addListener((o, was, now) -> {
            shown.clear();
            if (now != null) {
                shown.addAll(now.paragraphs());
            }
        });
        return shown;
    }
}
