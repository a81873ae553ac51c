package org.newsdesk.ui.editor;

import java.util.EnumSet;
import java.util.Set;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.TextFlow;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.util.UndoUtils;
import org.reactfx.SuspendableYes;
import org.newsdesk.model.SpanStyle;

/**
 * The transcript: a rich-text area whose paragraphs map one-to-one to the model's
 * paragraphs. Paragraph style = speaker, segment style = span styles.
 */
public final class TranscriptArea extends GenericStyledArea<ParStyle, String, TextStyle> {

    /** Property of a timestamp mark's text node: the {@link java.time.Duration} it points at. */
    public static final String TIMESTAMP_TIME = "newsdesk.timestampTime";

    public TranscriptArea() {
        super(ParStyle.NARRATION, TranscriptArea::applyParagraphStyle, TextStyle.PLAIN,
                SegmentOps.styledTextOps(), seg -> {
                    TextExt text = new TextExt(seg.getSegment());
                    text.getStyleClass().add("transcript-text");
                    text.getStyleClass().addAll(seg.getStyle().cssClasses());
                    if (seg.getStyle().proof() != null) {
                        underline(text, seg.getStyle().proof());
                    }
                    if (seg.getStyle().time() != null) {
                        // a click on a timestamp seeks there (see TIMESTAMP_TIME)
                        text.getProperties().put(TIMESTAMP_TIME, seg.getStyle().time());
                        text.setCursor(javafx.scene.Cursor.HAND);
                    }
                    return text;
                });
        getStyleClass().add("transcript-area");
        // underlines are restyled without an undo step; undo compares the text alone, so an
        // underline drawn after an edit never makes undoing that edit fail
        setUndoManager(UndoUtils.richTextSuspendableUndoManager(this, recordingUndo));
        setWrapText(true);
        caretPositionProperty().addListener((obs, old, pos) -> setTextInsertionStyle(insertionStyleAtCaret()));
        // a Ctrl+letter nothing is bound to arrives on some platforms (GTK) as a typed control
        // character; it is never text, and one in the document stopped the autosave
        addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.getCharacter().isEmpty() && e.getCharacter().chars().allMatch(Character::isISOControl)) {
                e.consume();
            }
        });
    }

    /**
     * What typed text gets: bold and italic continue from the character before the caret,
     * marks (uncertain, note, timestamp) never do, and a paragraph starts plain.
     */
    private TextStyle insertionStyleAtCaret() {
        int column = getCaretColumn();
        if (column == 0) {
            return TextStyle.PLAIN;
        }
        TextStyle before = getParagraph(getCurrentParagraph()).getStyleAtPosition(column);
        Set<SpanStyle> kept = EnumSet.noneOf(SpanStyle.class);
        for (SpanStyle s : before.styles()) {
            if (s == SpanStyle.BOLD || s == SpanStyle.ITALIC) {
                kept.add(s);
            }
        }
        return kept.isEmpty() ? TextStyle.PLAIN : new TextStyle(kept);
    }

    /**
     * A proofreading underline, set on the node as it is made rather than by the stylesheet: a
     * paragraph drawn while scrolling is laid out before CSS reaches its text, and RichTextFX
     * does not redraw an underline whose colour arrives later.
     */
    private static void underline(TextExt text, TextStyle.ProofMark mark) {
        boolean error = mark == TextStyle.ProofMark.ERROR;
        text.setUnderlineColor(error ? ERROR_UNDERLINE : WARNING_UNDERLINE);
        text.setUnderlineWidth(2);
        text.setUnderlineDashArray(error ? new Double[] {4.0, 2.0} : new Double[] {2.0, 2.0});
        text.setUnderlineCap(javafx.scene.shape.StrokeLineCap.BUTT);
    }

    private static final javafx.scene.paint.Color ERROR_UNDERLINE = javafx.scene.paint.Color.web("#d93025");
    private static final javafx.scene.paint.Color WARNING_UNDERLINE = javafx.scene.paint.Color.web("#e8a000");

    private final SuspendableYes recordingUndo = new SuspendableYes();
    private boolean decorating;

    /**
     * Sets paragraph {@code paragraph}'s segment styles to {@code spans} as decoration (the
     * proofreading underlines): no undo step, and {@link #decorating()} is true meanwhile, so
     * the change is not taken for an edit to save. The text must stay the same.
     */
    public void decorate(int paragraph, StyleSpans<TextStyle> spans) {
        decorating = true;
        try {
            recordingUndo.suspendWhile(() -> setStyleSpans(paragraph, 0, spans));
        } finally {
            decorating = false;
        }
    }

    /** Whether the change being reported is decoration only (see {@link #decorate}). */
    public boolean decorating() {
        return decorating;
    }

    private Runnable pasteHandler;

    /** Ctrl+V goes through {@code handler} (speaker labels become speakers). */
    public void setPasteHandler(Runnable handler) {
        this.pasteHandler = handler;
    }

    @Override
    public void paste() {
        if (pasteHandler != null) {
            pasteHandler.run();
        } else {
            super.paste();
        }
    }

    private static void applyParagraphStyle(TextFlow flow, ParStyle style) {
        flow.getStyleClass().removeIf(c -> c.startsWith("paragraph-"));
        flow.getStyleClass().add(style.isNarration() ? "paragraph-narration" : "paragraph-speech");
    }
}
