package org.newsdesk.workflow.signoff;

import java.util.List;
import java.util.Optional;
import org.newsdesk.model.Status;

/**
 * Where a story stands in the review chain: the signatures that count now (those made after the
 * last change), the editor who made that change, and a correction waiting to be published.
 *
 * @param chain             the newsroom's chain
 * @param status            the story's status
 * @param signatures        the valid signatures, by level
 * @param lastChangedBy     the editor who made the last change to the content ("" when unknown)
 * @param correctionPending whether the story was changed after it was published (its next publish is a correction)
 * @param correctionNote    the editor's note for that correction ("" until written)
 */
public record SignOffState(ReviewChain chain, Status status, List<Signature> signatures, String lastChangedBy,
                           boolean correctionPending, String correctionNote) {

    public SignOffState {
        signatures = List.copyOf(signatures);
        lastChangedBy = lastChangedBy == null ? "" : lastChangedBy;
        correctionNote = correctionNote == null ? "" : correctionNote;
    }

    /** The level the next signature signs (1-based); beyond {@link ReviewChain#levels()} when all are signed. */
    public int nextLevel() {
        return signatures.size() + 1;
    }

    /** Whether the next signature completes the chain (and so approves the story). */
    public boolean nextIsLast() {
        return nextLevel() >= chain.levels();
    }

    public Optional<Signature> signature(int level) {
        return signatures.stream().filter(s -> s.level() == level).findFirst();
    }

    /**
     * Whether {@code editor} may sign the next level; empty when they may, else why not.
     * Status and readiness are checked elsewhere (the store, with the story in hand).
     */
    public Optional<SignOffRefused.Reason> refusalFor(String editor) {
        String who = editor == null ? "" : editor.strip();
        if (!chain.fourEyes()) {
            // one level: anyone approves, as before review chains (a nameless approval too)
            return Optional.empty();
        }
        if (who.isEmpty()) {
            return Optional.of(SignOffRefused.Reason.NO_EDITOR);
        }
        if (signatures.stream().anyMatch(s -> s.signedBy().equals(who))) {
            return Optional.of(SignOffRefused.Reason.SIGNED_ALREADY);
        }
        if (nextIsLast() && who.equals(lastChangedBy)) {
            return Optional.of(SignOffRefused.Reason.LAST_CHANGE_AUTHOR);
        }
        return Optional.empty();
    }

    /** Whether typing into the story must ask first: it is Approved or Published, or a level is signed. */
    public boolean locked() {
        return status == Status.APPROVED || status == Status.PUBLISHED
                || (status == Status.READY && !signatures.isEmpty());
    }
}
