package org.newsdesk.ui.editor;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyEvent;
import javafx.scene.text.TextFlow;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.undo.impl.MultiChangeUndoManagerImpl;
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
                    text.getStyleClass().addAll(nodeClasses(seg.getStyle()));
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
        // (built as UndoUtils.richTextSuspendableUndoManager builds it, over a history a merge can move)
        RichTextChange.skipStyleComparison(true);
        setUndoManager(new MultiChangeUndoManagerImpl<RichTextChange<ParStyle, String, TextStyle>>(history,
                c -> c.invert(), UndoUtils.applyMultiRichTextChange(this), (a, b) -> a.mergeWith(b), c -> c.isIdentity(),
                multiRichChanges().conditionOn(recordingUndo), UndoUtils.DEFAULT_PREVENT_MERGE_DELAY));
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
     * A segment's text node's style classes by its style: the typed paragraph's nodes are made
     * again at every keystroke, so its classes are built once per combination (there are few:
     * span styles and an underline) and added in one change.
     */
    private static final java.util.Map<Integer, List<String>> NODE_CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

    static List<String> nodeClasses(TextStyle style) {
        int key = style.proof() == null ? 0 : style.proof().ordinal() + 1;
        for (SpanStyle s : style.styles()) {
            key |= 4 << s.ordinal();
        }
        return NODE_CLASSES.computeIfAbsent(key, k -> {
            List<String> classes = new java.util.ArrayList<>();
            classes.add("transcript-text");
            classes.addAll(style.cssClasses());
            return List.copyOf(classes);
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
    private final ShiftableHistory<List<RichTextChange<ParStyle, String, TextStyle>>> history = new ShiftableHistory<>();
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

    /**
     * Shows {@code document}, the same story with a colleague's changes merged in, by replacing
     * only what differs and without undo steps: the editor's own steps move around the
     * colleague's changes, so Ctrl+Z still undoes their own typing, replacements and speaker
     * changes. Where a change overlaps the text of one of those steps (or gives another speaker
     * to a paragraph whose speaker the editor changed) the history is forgotten; the text shown
     * is {@code document} either way.
     *
     * @return true when the undo history was kept
     */
    public boolean showMerged(StyledDocument<ParStyle, String, TextStyle> document) {
        List<org.newsdesk.model.Paragraph> wanted = TranscriptDocument.toModel(document.getParagraphs());
        boolean[] kept = {true};
        recordingUndo.suspendWhile(() -> {
            List<String> mine = getParagraphs().stream().map(p -> p.getText()).toList();
            List<String> theirs = document.getParagraphs().stream().map(p -> p.getText()).toList();
            List<AbstractDelta<String>> deltas = DiffUtils.diff(mine, theirs).getDeltas();
            for (int d = deltas.size() - 1; d >= 0; d--) { // from the end: what is before stays where it was
                Chunk<String> was = deltas.get(d).getSource();
                Chunk<String> is = deltas.get(d).getTarget();
                if (was.size() == is.size()) {
                    for (int k = was.size() - 1; k >= 0; k--) { // paragraph by paragraph
                        replaceDifference(getAbsolutePosition(was.getPosition() + k, 0), mine.get(was.getPosition() + k),
                                document, document.position(is.getPosition() + k, 0).toOffset(), theirs.get(is.getPosition() + k), kept);
                    }
                } else {
                    replaceParagraphs(was, is, document, kept);
                }
            }
            for (int i = 0; i < document.getParagraphs().size(); i++) {
                ParStyle style = document.getParagraphs().get(i).getParagraphStyle();
                if (!getParagraph(i).getParagraphStyle().equals(style)) {
                    setParagraphStyle(i, style);
                    kept[0] = kept[0] && history.restyled(getAbsolutePosition(i, 0), getParagraphLength(i));
                }
            }
            if (!TranscriptDocument.toModel(getParagraphs()).equals(wanted)) {
                replace(0, getLength(), document); // a difference of style alone: shown whole
                kept[0] = false;
            }
        });
        if (kept[0]) {
            getUndoManager().preventMerge(); // the next typing is a step of its own
        } else {
            getUndoManager().forgetHistory();
        }
        return kept[0];
    }

    /**
     * Replaces paragraphs {@code was} by {@code is} of {@code document} (a colleague added or removed
     * paragraphs): the text from the start of the first to the start of the next paragraph, or at
     * the end of the story from the end of the paragraph before.
     */
    private void replaceParagraphs(Chunk<String> was, Chunk<String> is, StyledDocument<ParStyle, String, TextStyle> document,
                                   boolean[] kept) {
        int mineEnd = was.getPosition() + was.size();
        int theirsEnd = is.getPosition() + is.size();
        int at;
        int to;
        int theirsAt;
        int theirsTo;
        if (mineEnd < getParagraphs().size() && theirsEnd < document.getParagraphs().size()) {
            at = getAbsolutePosition(was.getPosition(), 0);
            to = getAbsolutePosition(mineEnd, 0);
            theirsAt = document.position(is.getPosition(), 0).toOffset();
            theirsTo = document.position(theirsEnd, 0).toOffset();
        } else {
            boolean first = was.getPosition() == 0 || is.getPosition() == 0;
            at = first ? 0 : getAbsolutePosition(was.getPosition() - 1, getParagraphLength(was.getPosition() - 1));
            to = getLength();
            theirsAt = first ? 0 : document.position(is.getPosition() - 1, document.getParagraphs().get(is.getPosition() - 1).length())
                    .toOffset();
            theirsTo = document.length();
        }
        replaceDifference(at, getText(at, to), document, theirsAt, document.getText(theirsAt, theirsTo), kept);
    }

    /** Replaces the part of {@code mine} (at {@code at}) that differs from {@code theirs} (at {@code from} in {@code document}). */
    private void replaceDifference(int at, String mine, StyledDocument<ParStyle, String, TextStyle> document, int from,
                                   String theirs, boolean[] kept) {
        if (mine.equals(theirs)) {
            return;
        }
        int same = Math.min(mine.length(), theirs.length());
        int prefix = 0;
        while (prefix < same && mine.charAt(prefix) == theirs.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < same - prefix && mine.charAt(mine.length() - 1 - suffix) == theirs.charAt(theirs.length() - 1 - suffix)) {
            suffix++;
        }
        int start = at + prefix;
        int end = at + mine.length() - suffix;
        StyledDocument<ParStyle, String, TextStyle> put = document.subSequence(from + prefix, from + theirs.length() - suffix);
        replace(start, end, put);
        kept[0] = kept[0] && history.shift(start, end - start, put);
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
