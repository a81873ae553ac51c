package org.newsdesk.export.review;

import java.util.List;

/**
 * A paragraph of the document the guest's office sent back, as it reads with every tracked
 * change accepted.
 *
 * @param text     the text after the changes, speaker label included
 * @param original the text before the tracked changes (what was exported, if nobody edited it plainly)
 * @param authors  who made the tracked changes in it, in first-seen order (empty for plain edits)
 * @param tracked  whether it carries tracked changes
 * @param styleId  its paragraph style
 */
public record ReviewedParagraph(String text, String original, List<String> authors, boolean tracked, String styleId) {
    public ReviewedParagraph {
        authors = List.copyOf(authors);
        styleId = styleId == null ? "" : styleId;
    }
}
