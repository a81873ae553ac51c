package org.newsdesk.proof;

import java.util.Locale;

/** What kind of problem a proofreading finding is. */
public enum ProofCategory {
    /** A character a naive Simplified → Traditional converter got wrong (乾事創業 for 幹事創業). */
    CONVERSION,
    /** A character mistaken for one that looks or sounds alike (己经 for 已经). */
    TYPO,
    /** Punctuation against GB/T 15834 (half-width marks in Chinese text, unbalanced quotes …). */
    PUNCTUATION,
    /** Numbers written inconsistently within a story (GB/T 15835). */
    NUMBERS,
    /** A person's name written two ways, or unlike the name directory. */
    NAMES,
    /** The newsroom's wording list: a preferred form or a banned term. */
    WORDING;

    public String labelKey() {
        return "proof.category." + name().toLowerCase(Locale.ROOT);
    }
}
