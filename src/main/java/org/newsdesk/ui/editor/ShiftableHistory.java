package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.undo.impl.ChangeQueue;

/**
 * The transcript's undo history: the editor's own steps, in order, with where undo and redo
 * stand. A colleague's change merged into the text is not a step of its own: {@link #shift}
 * moves the steps around it, so that Ctrl+Z still undoes the editor's own typing where it now
 * is. A step the colleague's change overlaps cannot be moved; then the history is to be
 * forgotten (the text itself is never touched here).
 */
final class ShiftableHistory<C> implements ChangeQueue<C> {
    // C is the undo manager's step, a List<RichTextChange<ParStyle, String, TextStyle>>; a type
    // variable because the manager hands push an Object[] (a List[] parameter would not take it)

    private record Step<C>(C changes, long revision) {
    }

    private final List<Step<C>> steps = new ArrayList<>();
    private int current;
    private long revision;
    private long zeroRevision;
    private int forgotten;

    @Override
    public boolean hasNext() {
        return current < steps.size();
    }

    @Override
    public boolean hasPrev() {
        return current > 0;
    }

    @Override
    public C peekNext() {
        return steps.get(current).changes();
    }

    @Override
    public C peekPrev() {
        return steps.get(current - 1).changes();
    }

    @Override
    public C next() {
        return steps.get(current++).changes();
    }

    @Override
    public C prev() {
        return steps.get(--current).changes();
    }

    @SafeVarargs
    @Override
    public final void push(C... changes) {
        steps.subList(current, steps.size()).clear();
        for (C c : changes) {
            steps.add(new Step<>(c, ++revision));
        }
        current += changes.length;
    }

    @Override
    public QueuePosition getCurrentPosition() {
        int allTime = forgotten + current;
        long at = revisionAt(current);
        return () -> {
            int p = allTime - forgotten;
            return p >= 0 && p <= steps.size() && revisionAt(p) == at;
        };
    }

    @Override
    public void forgetHistory() {
        zeroRevision = revisionAt(current);
        steps.subList(0, current).clear();
        forgotten += current;
        current = 0;
    }

    private long revisionAt(int position) {
        return position == 0 ? zeroRevision : steps.get(position - 1).revision();
    }

    /**
     * Moves every step around a change made outside the history ({@code removed} characters at
     * {@code position} replaced by {@code inserted}), the steps undone and redone keeping their
     * place in the text around it. A step of several changes (replace all, a speaker given to
     * several paragraphs) is moved change by change. A step that keeps the text (a speaker or a
     * style changed) takes an outside change inside one of its paragraphs into what it undoes
     * and redoes, so undoing it keeps the colleague's words.
     *
     * @return false, changing nothing, when the change overlaps a step's text (the history cannot follow it)
     */
    boolean shift(int position, int removed, StyledDocument<ParStyle, String, TextStyle> inserted) {
        return move(new Outside(position, removed, inserted));
    }

    /**
     * Keeps the steps valid after paragraphs in {@code [position, position + length]} were given
     * another speaker from outside, their text unchanged.
     *
     * @return false, changing nothing, when a step of the editor's that keeps the text (a speaker
     *         or style change) touches those paragraphs: undoing it would undo the colleague's speaker
     */
    boolean restyled(int position, int length) {
        return move(new Outside(position, length, null));
    }

    /** A change made outside the history; {@code inserted} null: a paragraph restyle of {@code removed} characters. */
    private record Outside(int position, int removed, StyledDocument<ParStyle, String, TextStyle> inserted) {
        boolean restyle() {
            return inserted == null;
        }

        int insertedLength() {
            return restyle() ? removed : inserted.length();
        }
    }

    private boolean move(Outside x) {
        List<Step<C>> moved = new ArrayList<>(steps);
        // steps done: from the newest back, the outside change read in each older text
        int[] at = {x.position()};
        for (int i = current - 1; i >= 0; i--) {
            List<RichTextChange<ParStyle, String, TextStyle>> changes = new ArrayList<>(changes(moved.get(i)));
            for (int j = changes.size() - 1; j >= 0; j--) {
                RichTextChange<ParStyle, String, TextStyle> c = changes.get(j);
                Sides s = through(c.getPosition(), c.getInserted(), c.getRemoved(), x, at);
                if (s == null) {
                    return false;
                }
                changes.set(j, new RichTextChange<>(c.getPosition() + s.by(), s.there(), s.here()));
            }
            moved.set(i, step(moved.get(i), changes));
        }
        // steps undone: from the next to redo on, the outside change read in each newer text
        at[0] = x.position();
        for (int i = current; i < moved.size(); i++) {
            List<RichTextChange<ParStyle, String, TextStyle>> changes = new ArrayList<>(changes(moved.get(i)));
            for (int j = 0; j < changes.size(); j++) {
                RichTextChange<ParStyle, String, TextStyle> c = changes.get(j);
                Sides s = through(c.getPosition(), c.getRemoved(), c.getInserted(), x, at);
                if (s == null) {
                    return false;
                }
                changes.set(j, new RichTextChange<>(c.getPosition() + s.by(), s.here(), s.there()));
            }
            moved.set(i, step(moved.get(i), changes));
        }
        steps.clear();
        steps.addAll(moved);
        return true;
    }

    /** A change's two sides after the outside change, and how far it moved. */
    private record Sides(StyledDocument<ParStyle, String, TextStyle> here, StyledDocument<ParStyle, String, TextStyle> there, int by) {
    }

    /**
     * One change against the outside change at {@code at[0]}, read in the text where the change's
     * {@code here} stands ({@code there} is what the change turns it into, or back into); moves
     * {@code at[0]} into the text on the change's other side.
     *
     * @return the change's sides as they are to be, or null when the two overlap and the change cannot follow
     */
    private static Sides through(int start, StyledDocument<ParStyle, String, TextStyle> here,
                                 StyledDocument<ParStyle, String, TextStyle> there, Outside x, int[] at) {
        int end = start + here.length();
        int from = at[0];
        boolean keepsText = here.getText().equals(there.getText());
        if (x.restyle()) {
            if (keepsText && from <= end && from + x.removed() >= start) {
                return null;
            }
        } else if (keepsText && from >= start && from + x.removed() <= end && withinParagraph(here, from - start, x)) {
            return new Sides(fold(here, from - start, x), fold(there, from - start, x), 0);
        } else if (from < end && from + x.removed() > start) {
            return null;
        } else if (from < end) {
            return new Sides(here, there, x.insertedLength() - x.removed()); // before the change
        }
        if (from >= end) {
            at[0] += there.length() - here.length();
        }
        return new Sides(here, there, 0);
    }

    private static boolean withinParagraph(StyledDocument<ParStyle, String, TextStyle> doc, int r, Outside x) {
        return doc.getText().substring(r, r + x.removed()).indexOf('\n') < 0 && x.inserted().getText().indexOf('\n') < 0;
    }

    /** {@code doc} with the outside change made at {@code r}, inside one paragraph, which keeps its style. */
    private static StyledDocument<ParStyle, String, TextStyle> fold(StyledDocument<ParStyle, String, TextStyle> doc, int r, Outside x) {
        var at = doc.offsetToPosition(r, org.fxmisc.richtext.model.TwoDimensional.Bias.Backward);
        var put = x.inserted().getParagraphs().get(0);
        return ReadOnlyStyledDocument.from(doc).replaceParagraph(at.getMajor(), p -> p.subSequence(0, at.getMinor()).concat(put)
                .concat(p.subSequence(at.getMinor() + x.removed())).setParagraphStyle(p.getParagraphStyle()))._1;
    }

    @SuppressWarnings("unchecked")
    private static List<RichTextChange<ParStyle, String, TextStyle>> changes(Step<?> s) {
        return (List<RichTextChange<ParStyle, String, TextStyle>>) s.changes();
    }

    @SuppressWarnings("unchecked")
    private static <C> Step<C> step(Step<C> s, List<RichTextChange<ParStyle, String, TextStyle>> changes) {
        return new Step<>((C) List.copyOf(changes), s.revision());
    }
}
