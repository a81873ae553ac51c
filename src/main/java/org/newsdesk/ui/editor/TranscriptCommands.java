package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.text.NextSpeaker;
import org.newsdesk.text.SentenceSplitter;

/**
 * The editor's commands on the transcript area. Each is one change to the document, so
 * each is one undo step, speaker changes included.
 */
public final class TranscriptCommands {

    private final TranscriptArea area;
    private final Supplier<List<Speaker>> roster;
    private Supplier<java.time.Duration> turnClock = () -> null;

    public TranscriptCommands(TranscriptArea area, Supplier<List<Speaker>> roster) {
        this.area = area;
        this.roster = roster;
    }

    /**
     * Where a new turn starts in the recording: the playback position while playing, else
     * {@code null} (unknown).
     */
    public void setTurnClock(Supplier<java.time.Duration> clock) {
        this.turnClock = clock;
    }

    /** Inserts a timestamp mark at the caret (replacing a selection): {@code [00:12:34]} pointing at {@code time}. */
    public void insertTimestamp(java.time.Duration time) {
        IndexRange selection = area.getSelection();
        String token = org.newsdesk.text.Timecode.mark(time);
        area.getUndoManager().preventMerge();
        area.replace(selection.getStart(), selection.getEnd(), token, new TextStyle(Set.of(SpanStyle.TIMESTAMP), time));
        area.getUndoManager().preventMerge();
        area.moveTo(selection.getStart() + token.length());
        area.requestFollowCaret();
    }

    /** Ctrl+1…9: the roster's n-th speaker (from 1) for the selected paragraphs; 0 = narration. */
    public void assignSpeaker(int position) {
        List<Speaker> speakers = roster.get();
        if (position > speakers.size()) {
            return;
        }
        setSpeaker(position == 0 ? null : speakers.get(position - 1).key());
    }

    /** Gives every paragraph the selection touches the given speaker (null = narration). */
    public void setSpeaker(String speakerKey) {
        IndexRange selection = area.getSelection();
        int caret = area.getCaretPosition();
        int anchor = area.getAnchor();
        int first = area.offsetToPosition(selection.getStart(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor();
        int last = area.offsetToPosition(selection.getEnd(), org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
        speakersAsOneStep(first, last, p -> speakerKey);
        area.selectRange(anchor, caret);
        refreshGutter(first, last + 1);
    }

    /** Ctrl+Enter: splits at the caret and starts a turn of the other party. */
    public void newTurnOfOtherParty() {
        int caret = area.getCaretPosition();
        int paragraph = area.getCurrentParagraph();
        List<String> keysSoFar = new ArrayList<>(paragraph + 1);
        for (int i = 0; i <= paragraph; i++) {
            keysSoFar.add(area.getParagraph(i).getParagraphStyle().speakerKey());
        }
        String next = NextSpeaker.after(roster.get(), keysSoFar);
        ParStyle current = area.getParagraph(paragraph).getParagraphStyle();
        ReadOnlyStyledDocument<ParStyle, String, TextStyle> split =
                new ReadOnlyStyledDocumentBuilder<ParStyle, String, TextStyle>(SegmentOps.styledTextOps(), current)
                        .addParagraph("", TextStyle.PLAIN, current)
                        .addParagraph("", TextStyle.PLAIN, new ParStyle(next, turnClock.get()))
                        .build();
        replaceAsOneStep(area.getSelection().getStart(), area.getSelection().getEnd(), split);
        area.moveTo(paragraph + 1, 0);
        area.requestFollowCaret();
        refreshGutter(paragraph, paragraph + 2);
        assert caret >= 0;
    }

    /** Ctrl+B, Ctrl+I and the marks: on if any selected text lacks it, else off. */
    public void toggle(SpanStyle style) {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            return;
        }
        StyleSpans<TextStyle> spans = area.getStyleSpans(selection.getStart(), selection.getEnd());
        boolean allHave = spans.stream().allMatch(s -> s.getStyle().styles().contains(style));
        StyleSpans<TextStyle> changed = spans.mapStyles(s -> {
            Set<SpanStyle> styles = s.styles().isEmpty() ? EnumSet.noneOf(SpanStyle.class) : EnumSet.copyOf(s.styles());
            if (allHave) {
                styles.remove(style);
            } else {
                styles.add(style);
            }
            return new TextStyle(styles, s.time(), s.proof());
        });
        area.getUndoManager().preventMerge();
        area.setStyleSpans(selection.getStart(), changed);
        area.getUndoManager().preventMerge();
    }

    /** Marks the selection; with nothing selected, inserts {@code token} carrying the mark. */
    public void mark(SpanStyle style, String token) {
        if (area.getSelection().getLength() > 0) {
            toggle(style);
            return;
        }
        int at = area.getCaretPosition();
        area.getUndoManager().preventMerge();
        area.replace(at, at, token, new TextStyle(Set.of(style)));
        area.getUndoManager().preventMerge();
        area.moveTo(at + token.length());
    }

    /**
     * Splits the paragraph at the caret at sentence ends so no piece is longer than
     * {@code max}; when that paragraph is short, splits every long paragraph instead.
     *
     * @return how many paragraphs were split
     */
    public int splitLongParagraphs(int max) {
        int current = area.getCurrentParagraph();
        boolean currentIsLong = area.getParagraph(current).length() > max;
        int first = currentIsLong ? current : 0;
        int last = currentIsLong ? current : area.getParagraphs().size() - 1;
        List<org.newsdesk.model.Paragraph> before = TranscriptDocument.toModel(area.getParagraphs().subList(first, last + 1));
        List<org.newsdesk.model.Paragraph> after = new ArrayList<>();
        int split = 0;
        for (org.newsdesk.model.Paragraph p : before) {
            List<List<org.newsdesk.model.Span>> pieces = SentenceSplitter.split(p.spans(), max);
            split += pieces.size() > 1 ? 1 : 0;
            for (int i = 0; i < pieces.size(); i++) {
                // the first piece starts where the paragraph did
                after.add(new org.newsdesk.model.Paragraph("", p.speakerKey(), pieces.get(i), i == 0 ? p.start() : null));
            }
        }
        if (split == 0) {
            return 0;
        }
        int start = area.getAbsolutePosition(first, 0);
        int end = area.getAbsolutePosition(last, area.getParagraphLength(last));
        replaceAsOneStep(start, end, TranscriptDocument.toDocument(after));
        area.moveTo(Math.min(start, area.getLength()));
        refreshAllGutters();
        return split;
    }

    /** Inserts parsed paragraphs at the selection (one undo step). */
    public void insertParagraphs(List<org.newsdesk.model.Paragraph> paragraphs) {
        IndexRange selection = area.getSelection();
        replaceAsOneStep(selection.getStart(), selection.getEnd(), TranscriptDocument.toDocument(paragraphs));
        area.requestFollowCaret();
        refreshAllGutters();
    }

    /** Gives all paragraphs of one speaker to another (null = narration), as one undo step. */
    public void reassignSpeaker(String fromKey, String toKey) {
        int caret = area.getCaretPosition();
        speakersAsOneStep(0, area.getParagraphs().size() - 1,
                p -> fromKey.equals(p.getParagraphStyle().speakerKey()) ? toKey : p.getParagraphStyle().speakerKey());
        area.moveTo(Math.min(caret, area.getLength()));
        refreshAllGutters();
    }

    /** Redraws the speaker labels of paragraphs [from, to) and the one after (its turn may change). */
    public void refreshGutter(int from, int to) {
        int limit = Math.min(area.getParagraphs().size(), to + 1);
        for (int i = Math.max(0, from); i < limit; i++) {
            area.recreateParagraphGraphic(i);
        }
    }

    /** Redraws every visible speaker label (after the roster or the turn structure changed). */
    public void refreshAllGutters() {
        // setting the same factory again would not notify: go through null
        var factory = area.getParagraphGraphicFactory();
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(factory);
    }

    /**
     * Gives paragraphs {@code first}…{@code last} the speaker {@code speaker} names for each, as one
     * undo step of one change per paragraph whose speaker changes: a colleague's edit merged
     * into another paragraph, or into the words of one of these, leaves the step undoable.
     */
    private void speakersAsOneStep(int first, int last, java.util.function.Function<Paragraph<ParStyle, String, TextStyle>, String> speaker) {
        org.fxmisc.richtext.MultiChangeBuilder<ParStyle, String, TextStyle> change = area.createMultiChange();
        for (int i = first; i <= last; i++) {
            Paragraph<ParStyle, String, TextStyle> p = area.getParagraph(i);
            ParStyle style = p.getParagraphStyle().withSpeaker(speaker.apply(p));
            if (!style.equals(p.getParagraphStyle())) {
                int start = area.getAbsolutePosition(i, 0);
                change.replaceAbsolutely(start, start + p.length(), ReadOnlyStyledDocument
                        .from(area.subDocument(start, start + p.length())).mapParagraphs(q -> q.setParagraphStyle(style)));
            }
        }
        if (change.hasChanges()) {
            area.getUndoManager().preventMerge();
            change.commit();
            area.getUndoManager().preventMerge();
        }
    }

    private void replaceAsOneStep(int start, int end, ReadOnlyStyledDocument<ParStyle, String, TextStyle> doc) {
        area.getUndoManager().preventMerge();
        area.replace(start, end, doc);
        area.getUndoManager().preventMerge();
    }

    static boolean isTurnStart(List<Paragraph<ParStyle, String, TextStyle>> paragraphs, int index) {
        String key = paragraphs.get(index).getParagraphStyle().speakerKey();
        return key != null && (index == 0 || !key.equals(paragraphs.get(index - 1).getParagraphStyle().speakerKey()));
    }
}
