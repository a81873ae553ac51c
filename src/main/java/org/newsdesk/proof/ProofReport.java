package org.newsdesk.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * The findings of one run, in the order of the page (metadata fields, then paragraphs).
 *
 * @param traditional whether the story was read as Traditional text
 */
public record ProofReport(List<Finding> findings, boolean traditional) {

    public ProofReport {
        findings = List.copyOf(findings);
    }

    public List<Finding> of(ProofCategory category) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.category() == category) {
                out.add(f);
            }
        }
        return out;
    }

    public List<Finding> errors() {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                out.add(f);
            }
        }
        return out;
    }

    /** The findings whose suggestion may be applied without a look (conversion errors). */
    public List<Finding> safe() {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.safe()) {
                out.add(f);
            }
        }
        return out;
    }

    public boolean hasErrors() {
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
