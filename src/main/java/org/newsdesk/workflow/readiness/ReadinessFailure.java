package org.newsdesk.workflow.readiness;

import java.util.List;
import java.util.Objects;
import org.newsdesk.workflow.metadata.Problem;

/**
 * One failed readiness check.
 *
 * @param kind       which check failed
 * @param messageKey what to tell the user (bundle key)
 * @param args       the message's arguments
 * @param target     where the problem is
 */
public record ReadinessFailure(ReadinessCheck.Kind kind, String messageKey, List<Object> args, ReadinessTarget target)
        implements Problem {

    public ReadinessFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
        Objects.requireNonNull(target, "target");
        args = args == null ? List.of() : List.copyOf(args);
    }
}
