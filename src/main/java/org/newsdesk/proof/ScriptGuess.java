package org.newsdesk.proof;

/**
 * Whether a text is written in Traditional script, judged from common characters that differ
 * between the scripts (們/们, 這/这 …). Independent of the converter, so that proofreading does
 * not depend on its dictionaries.
 */
public final class ScriptGuess {

    private static final String TRADITIONAL = "們這個來為說時會國學對發經與進過還後關開問題們區員務業現實";
    private static final String SIMPLIFIED = "们这个来为说时会国学对发经与进过还后关开问题们区员务业现实";
    private static final boolean[] HANT = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] HANS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int i = 0; i < TRADITIONAL.length(); i++) {
            char t = TRADITIONAL.charAt(i);
            char s = SIMPLIFIED.charAt(i);
            if (t != s) {
                HANT[t] = true;
                HANS[s] = true;
            }
        }
    }

    private int traditional;
    private int simplified;

    /** Counts the telling characters of one more piece of text. */
    public ScriptGuess add(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (HANT[c]) {
                traditional++;
            } else if (HANS[c]) {
                simplified++;
            }
        }
        return this;
    }

    /** Counts another guess's telling characters as well. */
    ScriptGuess add(ScriptGuess other) {
        traditional += other.traditional;
        simplified += other.simplified;
        return this;
    }

    /** Traditional when more telling characters are Traditional than Simplified. */
    public boolean traditional() {
        return traditional > simplified;
    }

    public static boolean isTraditional(String text) {
        return new ScriptGuess().add(text).traditional();
    }
}
