package org.newsdesk.export.review;

import org.newsdesk.i18n.Messages;

/** Says why a returned document cannot be reviewed, in the user's language. */
public final class ReviewErrorText {

    private ReviewErrorText() {
    }

    public static String describe(ReviewProblem e, Messages messages) {
        return switch (e.problem()) {
            case UNREADABLE -> messages.get("review.error.unreadable");
            case NOT_OURS -> messages.get("review.error.notOurs");
            case OTHER_STORY -> messages.get("review.error.otherStory");
            case REVISION_GONE -> messages.get("review.error.revisionGone");
        };
    }
}
