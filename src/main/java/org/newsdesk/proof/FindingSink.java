package org.newsdesk.proof;

import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one run. */
final class FindingSink {

    private final List<Finding> findings = new ArrayList<>();

    void add(ProofCategory category, Severity severity, Where where, int start, int end, String messageKey,
             String suggestion, String ruleId, String... args) {
        findings.add(new Finding(category, severity, where.paragraphId(), where.field(), start, end, messageKey,
                List.of(args), suggestion, ruleId));
    }

    List<Finding> findings() {
        return findings;
    }
}
