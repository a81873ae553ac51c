package org.newsdesk.ui.compare;

import java.util.List;
import org.newsdesk.workflow.revisions.RevisionDiff.Piece;

/**
 * One line of the compare view: a metadata field, a roster entry or a paragraph, the older
 * text on the left (what went marked as deleted) and the newer on the right (what came marked
 * as inserted).
 *
 * @param kind        what the line is about
 * @param id          node id suffix: the field's name, the speaker's key or the paragraph's position
 * @param title       what the line says about itself ("¶3 · 主持人 → 李主任", "Headline")
 * @param older       the older text: same and deleted pieces; empty when it was added
 * @param newer       the newer text: same and inserted pieces; empty when it was removed
 * @param paragraphId the paragraph's id (paragraph lines), null otherwise
 */
public record CompareRow(Kind kind, String id, String title, List<Piece> older, List<Piece> newer, String paragraphId) {

    public enum Kind { METADATA, SPEAKER, PARAGRAPH }

    public CompareRow {
        older = List.copyOf(older);
        newer = List.copyOf(newer);
    }

    /** A paragraph line: its older version can be put back into the current story. */
    public boolean restorable() {
        return paragraphId != null;
    }

    /** The older text as one string. */
    public String olderText() {
        return join(older);
    }

    /** The newer text as one string. */
    public String newerText() {
        return join(newer);
    }

    private static String join(List<Piece> pieces) {
        StringBuilder b = new StringBuilder();
        pieces.forEach(p -> b.append(p.text()));
        return b.toString();
    }
}
