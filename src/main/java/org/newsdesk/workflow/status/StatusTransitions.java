package org.newsdesk.workflow.status;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.newsdesk.model.Status;
import org.newsdesk.workflow.readiness.ReadinessCheck;

/**
 * The moves a story's status may make:
 * <pre>
 * DRAFT     → READY            (submitted for review)
 * READY     → APPROVED, DRAFT  (review passes, or sends it back)
 * APPROVED  → PUBLISHED, DRAFT (goes out, or is reopened for changes)
 * PUBLISHED → WITHDRAWN        (taken down; a published page is never silently edited)
 * WITHDRAWN → DRAFT            (reworked, to go through review again)
 * </pre>
 * Entering READY, APPROVED or PUBLISHED needs a story that passes {@link ReadinessCheck}:
 * a review can't approve what isn't ready, and a story may have been edited since it was
 * submitted. Going back (to DRAFT) and withdrawing never need it.
 */
public final class StatusTransitions {

    private static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.DRAFT, EnumSet.of(Status.READY),
            Status.READY, EnumSet.of(Status.APPROVED, Status.DRAFT),
            Status.APPROVED, EnumSet.of(Status.PUBLISHED, Status.DRAFT),
            Status.PUBLISHED, EnumSet.of(Status.WITHDRAWN),
            Status.WITHDRAWN, EnumSet.of(Status.DRAFT));

    private StatusTransitions() {
    }

    public static boolean allowed(Status from, Status to) {
        return ALLOWED.get(from).contains(to);
    }

    /** Where a story in {@code from} may go, for the UI's status menu. */
    public static Set<Status> next(Status from) {
        return EnumSet.copyOf(ALLOWED.get(from));
    }

    public static boolean requiresReadiness(Status to) {
        return to == Status.READY || to == Status.APPROVED || to == Status.PUBLISHED;
    }
}
