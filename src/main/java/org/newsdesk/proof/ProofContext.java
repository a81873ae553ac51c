package org.newsdesk.proof;

import java.util.Set;

/**
 * What a proofreading run knows besides the story.
 *
 * @param directoryNames people's names from the name directory (authors, editors)
 * @param quoteStyle     the quotation marks wanted, or {@code null} to follow the story's script
 * @param ignores        findings ignored always
 */
public record ProofContext(Set<String> directoryNames, QuoteStyle quoteStyle, ProofIgnores ignores) {

    public static final ProofContext DEFAULT = new ProofContext(Set.of(), null, ProofIgnores.NONE);

    public ProofContext {
        directoryNames = Set.copyOf(directoryNames == null ? Set.of() : directoryNames);
        ignores = ignores == null ? ProofIgnores.NONE : ignores;
    }

    public ProofContext withIgnores(ProofIgnores value) {
        return new ProofContext(directoryNames, quoteStyle, value);
    }
}
