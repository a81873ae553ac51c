package org.newsdesk.workflow.readiness;

import java.util.List;

/** The outcome of all readiness checks: every check that ran and the failures, in story order. */
public record ReadinessReport(List<ReadinessCheck.Kind> checks, List<ReadinessFailure> failures) {

    public ReadinessReport {
        checks = List.copyOf(checks);
        failures = List.copyOf(failures);
    }

    public boolean ready() {
        return failures.isEmpty();
    }

    public boolean passed(ReadinessCheck.Kind kind) {
        return failures.stream().noneMatch(f -> f.kind() == kind);
    }

    public List<ReadinessFailure> failuresOf(ReadinessCheck.Kind kind) {
        return failures.stream().filter(f -> f.kind() == kind).toList();
    }
}
