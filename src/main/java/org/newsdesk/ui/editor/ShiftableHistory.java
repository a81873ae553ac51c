package org.newsdesk.ui.editor;

import java.util.ArrayList;
import java.util.List;
import org.fxmisc.richtext.model.RichTextChange;
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
     * Moves every step around a change made outside the history (text at {@code position},
     * {@code removed} characters long, replaced by {@code inserted} characters), the steps
     * undone and redone keeping their place in the text around it.
     *
     * @return false, changing nothing, when the change overlaps a step (the history cannot follow it)
     */
    boolean shift(int position, int removed, int inserted) {
        List<Step<C>> moved = new ArrayList<>(steps);
        // steps done: from the newest back, the outside change read in each older text
        int at = position;
        for (int i = current - 1; i >= 0; i--) {
            RichTextChange<ParStyle, String, TextStyle> c = single(moved.get(i));
            if (c == null) {
                return false;
            }
            int start = c.getPosition();
            int end = start + c.getInserted().length(); // where the step's text stands after it
            if (at >= end) {
                at += c.getRemoved().length() - c.getInserted().length();
            } else if (at + removed <= start) {
                moved.set(i, moved(moved.get(i), c, inserted - removed));
            } else {
                return false;
            }
        }
        // steps undone: from the next to redo on, the outside change read in each newer text
        at = position;
        for (int i = current; i < moved.size(); i++) {
            RichTextChange<ParStyle, String, TextStyle> c = single(moved.get(i));
            if (c == null) {
                return false;
            }
            int start = c.getPosition();
            int end = start + c.getRemoved().length(); // what the step replaces, before it is redone
            if (at >= end) {
                at += c.getInserted().length() - c.getRemoved().length();
            } else if (at + removed <= start) {
                moved.set(i, moved(moved.get(i), c, inserted - removed));
            } else {
                return false;
            }
        }
        steps.clear();
        steps.addAll(moved);
        return true;
    }

    /** The step's one change; null for a step of several (replace all), which is not moved. */
    @SuppressWarnings("unchecked")
    private static RichTextChange<ParStyle, String, TextStyle> single(Step<?> s) {
        List<RichTextChange<ParStyle, String, TextStyle>> changes = (List<RichTextChange<ParStyle, String, TextStyle>>) s.changes();
        return changes.size() == 1 ? changes.get(0) : null;
    }

    @SuppressWarnings("unchecked")
    private static <C> Step<C> moved(Step<C> s, RichTextChange<ParStyle, String, TextStyle> c, int by) {
        return new Step<>((C) List.of(new RichTextChange<>(c.getPosition() + by, c.getRemoved(), c.getInserted())),
                s.revision());
    }
}
