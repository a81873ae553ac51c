package org.newsdesk.ui.editor;

import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.SegmentOps;

/**
 * The transcript: a rich-text area whose paragraphs map one-to-one to the model's
 * paragraphs. Paragraph style = speaker, segment style = span styles.
 */
public final class TranscriptArea extends GenericStyledArea<ParStyle, String, TextStyle> {

    public TranscriptArea() {
        super(ParStyle.NARRATION, TranscriptArea::applyParagraphStyle, TextStyle.PLAIN,
                SegmentOps.styledTextOps(), seg -> {
                    TextExt text = new TextExt(seg.getSegment());
                    text.getStyleClass().add("transcript-text");
                    text.getStyleClass().addAll(seg.getStyle().cssClasses());
                    return text;
                });
        getStyleClass().add("transcript-area");
        setWrapText(true);
    }

    private static void applyParagraphStyle(TextFlow flow, ParStyle style) {
        flow.getStyleClass().removeIf(c -> c.startsWith("paragraph-"));
        flow.getStyleClass().add(style.isNarration() ? "paragraph-narration" : "paragraph-speech");
    }
}
