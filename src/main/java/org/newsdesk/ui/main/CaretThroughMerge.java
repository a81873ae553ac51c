package org.newsdesk.ui.main;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;
import org.newsdesk.model.Paragraph;

/**
 * Where the caret goes when a colleague's changes are merged into the open story: it stays in
 * its paragraph (found by id) beside the same characters, so text inserted or deleted before it
 * does not move the editor's typing place. An offset counts each paragraph's text plus one
 * character for the break after it, as the transcript does.
 */
final class CaretThroughMerge {

    private CaretThroughMerge() {
    }

    static int map(List<Paragraph> before, List<Paragraph> after, int caret) {
        int start = 0;
        for (Paragraph p : before) {
            String text = p.text();
            if (caret <= start + text.length()) {
                int at = indexOf(after, p.id());
                if (at < 0) {
                    break; // the paragraph is gone: keep the offset
                }
                return offsetOf(after, at) + within(text, after.get(at).text(), caret - start);
            }
            start += text.length() + 1;
        }
        return Math.max(0, Math.min(caret, length(after)));
    }

    /**
     * The caret's place in a paragraph whose text changed from {@code old} to {@code now}: moved by
     * the changes before it (a character diff); inside text the colleague replaced, just after
     * their version; at a place where they inserted, before their insertion.
     */
    static int within(String old, String now, int offset) {
        int shift = 0;
        for (AbstractDelta<Integer> d : DiffUtils.diff(chars(old), chars(now)).getDeltas()) {
            int from = d.getSource().getPosition();
            int to = from + d.getSource().size();
            if (offset <= from) {
                break;
            }
            if (offset < to) {
                return d.getTarget().getPosition() + d.getTarget().size();
            }
            shift += d.getTarget().size() - d.getSource().size();
        }
        return offset + shift;
    }

    /** One element per char (not per code point): offsets are the transcript's char offsets. */
    private static List<Integer> chars(String s) {
        return s.chars().boxed().toList();
    }

    private static int indexOf(List<Paragraph> paragraphs, String id) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int offsetOf(List<Paragraph> paragraphs, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += paragraphs.get(i).text().length() + 1;
        }
        return offset;
    }

    private static int length(List<Paragraph> paragraphs) {
        return Math.max(0, offsetOf(paragraphs, paragraphs.size()) - 1);
    }
}
