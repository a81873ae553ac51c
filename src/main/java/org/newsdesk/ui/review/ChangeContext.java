package org.newsdesk.ui.review;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.workflow.revisions.RevisionDiff.Kind;
import org.newsdesk.workflow.revisions.RevisionDiff.Piece;
import org.newsdesk.workflow.revisions.RevisionDiff;

/**
 * A suggestion's character diff cut to the changes and a few characters either side: a long
 * paragraph with one changed word reads as that word in its phrase, not as two walls of text.
 * Cut text is marked with an ellipsis; changed characters are never cut.
 */
final class ChangeContext {

    static final String CUT = "…";

    private ChangeContext() {
    }

    /** {@code pieces} with unchanged runs longer than needed cut to {@code context} characters beside each change. */
    static List<Piece> around(List<Piece> pieces, int context) {
        List<Piece> shown = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.kind() != Kind.SAME) {
                shown.add(p);
                continue;
            }
            boolean changeBefore = i > 0;
            boolean changeAfter = i < pieces.size() - 1;
            int[] points = p.text().codePoints().toArray();
            int keep = (changeBefore ? context : 0) + (changeAfter ? context : 0);
            if (points.length <= keep + 1 || (!changeBefore && !changeAfter)) {
                shown.add(p);
                continue;
            }
            StringBuilder text = new StringBuilder();
            if (changeBefore) {
                text.append(new String(points, 0, context));
            }
            text.append(CUT);
            if (changeAfter) {
                text.append(new String(points, points.length - context, context));
            }
            shown.add(new Piece(Kind.SAME, text.toString()));
        }
        return shown;
    }

    /** One side of the diff: the pieces of the text before the change ({@code after} false) or after it. */
    static List<Piece> side(List<Piece> pieces, boolean after) {
        Kind other = after ? RevisionDiff.Kind.DELETED : RevisionDiff.Kind.INSERTED;
        return pieces.stream().filter(p -> p.kind() != other).toList();
    }
}
