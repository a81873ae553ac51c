package org.newsdesk.export.review;

import java.util.List;

/**
 * One difference between a review document and the revision it was exported from, offered
 * to the editor; nothing is applied until the editor accepts it.
 *
 * @param number      its place in the document, from 1
 * @param kind        a changed, added or removed paragraph
 * @param paragraphId the paragraph changed or removed; for an added one, the paragraph it follows (null: first)
 * @param speakerKey  the speaker of the paragraph (an added one's from its label or the paragraph before), null for narration
 * @param before      the paragraph's text in the revision (empty for an added one)
 * @param after       its text in the document (empty for a removed one)
 * @param authors     who made it: the tracked changes' authors, else who saved the document last; may be empty
 * @param tracked     whether it came from tracked changes (else a plain edit)
 */
public record Suggestion(int number, Kind kind, String paragraphId, String speakerKey, String before, String after,
                         List<String> authors, boolean tracked) {

    public enum Kind { CHANGE, INSERT, DELETE }

    public Suggestion {
        authors = List.copyOf(authors);
    }
}
