package org.newsdesk.workflow.status;

import java.util.List;
import org.newsdesk.model.Status;
import org.newsdesk.workflow.readiness.ReadinessFailure;

/**
 * A status change that may not happen: the move is not allowed ({@link #failures()} empty) or
 * the story fails its readiness checks (the failures say where).
 */
public class StatusChangeRefused extends RuntimeException {

    private final Status from;
    private final Status to;
    private final transient List<ReadinessFailure> failures;

    public StatusChangeRefused(Status from, Status to, List<ReadinessFailure> failures) {
        super(failures.isEmpty()
                ? "A story cannot move from " + from + " to " + to
                : "The story is not ready for " + to + ": " + failures.size() + " checks failed");
        this.from = from;
        this.to = to;
        this.failures = List.copyOf(failures);
    }

    public Status from() {
        return from;
    }

    public Status to() {
        return to;
    }

    /** Why the story is not ready; empty when the move itself is not allowed. */
    public List<ReadinessFailure> failures() {
        return failures;
    }

    public boolean notAllowed() {
        return failures.isEmpty();
    }
}
