package org.newsdesk.export;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.ProofFixes;
import org.newsdesk.proof.Proofreader;

/**
 * Before a Traditional source becomes the Traditional page: the conversion errors a naive
 * converter left in it (乾事創業, 提昇, 一公裡) are corrected, as the editor's "fix all conversion
 * errors" would. A Simplified source is left alone (the converter writes the right forms).
 */
final class ConversionCorrection {

    private static final class Shared {
        static final Proofreader READER = Proofreader.shipped();
    }

    /** The corrected story and what was corrected ("乾事創業 → 幹事創業"), in page order. */
    record Result(Story story, List<String> fixes) {
    }

    private ConversionCorrection() {
    }

    static Result correct(Story story) {
        List<Finding> findings = Shared.READER.conversionFindings(story);
        if (findings.isEmpty()) {
            return new Result(story, List.of());
        }
        List<String> fixes = new ArrayList<>(findings.size());
        findings.forEach(f -> fixes.add(f.found() + " → " + f.suggestion()));
        return new Result(ProofFixes.apply(story, findings).story(), fixes);
    }
}
