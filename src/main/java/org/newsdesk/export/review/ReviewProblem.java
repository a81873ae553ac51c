package org.newsdesk.export.review;

/** Why a returned document cannot be reviewed; {@link #problem()} picks the message the editor reads. */
public final class ReviewProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Problem {
        /** Not a Word document, or damaged. */
        UNREADABLE,
        /** A Word document Newsdesk did not export (no story or revision in its properties). */
        NOT_OURS,
        /** It belongs to another story than the one it is read against. */
        OTHER_STORY,
        /** Its story or revision is no longer in this library. */
        REVISION_GONE
    }

    private final Problem problem;

    public ReviewProblem(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
