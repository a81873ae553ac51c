package org.newsdesk.workflow.revisions;

import java.util.List;
import java.util.Optional;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;

/**
 * Bringing one paragraph of an older revision back into the current story. Paragraphs are
 * found by their ids, which survive edits: a paragraph changed since comes back in place, one
 * deleted since comes back after the nearest earlier paragraph both still share, and one that
 * the older revision did not have yet is taken out.
 */
public final class ParagraphRestore {

    /**
     * Replace the current paragraphs {@code [from, from + remove)} with {@code insert}.
     *
     * @param from   position in the current story, from 0
     * @param remove how many current paragraphs go (0 or 1)
     * @param insert the older revision's paragraph (empty when the paragraph is taken out)
     */
    public record Edit(int from, int remove, List<Paragraph> insert) {
        public Edit {
            if (from < 0 || remove < 0) {
                throw new IllegalArgumentException("from " + from + ", remove " + remove);
            }
            insert = List.copyOf(insert);
        }
    }

    private ParagraphRestore() {
    }

    /** The edit that makes paragraph {@code paragraphId} of {@code current} as it was in {@code older}; empty when they agree. */
    public static Optional<Edit> of(Story older, Story current, String paragraphId) {
        List<Paragraph> was = older.paragraphs();
        List<Paragraph> now = current.paragraphs();
        int inOlder = indexOf(was, paragraphId);
        int inCurrent = indexOf(now, paragraphId);
        if (inOlder < 0) {
            return inCurrent < 0 ? Optional.empty() : Optional.of(new Edit(inCurrent, 1, List.of()));
        }
        Paragraph old = was.get(inOlder);
        if (inCurrent >= 0) {
            return now.get(inCurrent).sameContentAs(old) ? Optional.empty()
                    : Optional.of(new Edit(inCurrent, 1, List.of(old)));
        }
        int at = 0;
        for (int i = inOlder - 1; i >= 0; i--) {
            int kept = indexOf(now, was.get(i).id());
            if (kept >= 0) {
                at = kept + 1;
                break;
            }
        }
        return Optional.of(new Edit(at, 0, List.of(old)));
    }

    /** {@code current}'s paragraphs with {@code edit} applied (what the editor shows after it). */
    public static List<Paragraph> apply(List<Paragraph> current, Edit edit) {
        List<Paragraph> out = new java.util.ArrayList<>(current.subList(0, edit.from()));
        out.addAll(edit.insert());
        out.addAll(current.subList(edit.from() + edit.remove(), current.size()));
        return out;
    }

    private static int indexOf(List<Paragraph> paragraphs, String id) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
