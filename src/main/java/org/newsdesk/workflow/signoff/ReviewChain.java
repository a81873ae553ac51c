package org.newsdesk.workflow.signoff;

import java.util.Locale;

/**
 * The newsroom's review chain: how many editors sign a story before it is Approved.
 * <ul>
 * <li>{@link #ONE}: one signature approves (any editor, the author included).</li>
 * <li>{@link #TWO}: four-eyes. Two signatures by two different editors, and the editor who made the
 * last change to the story may not sign the last level (approve it).</li>
 * <li>{@link #THREE}: 初审 / 复审 / 终审, each level signed by a different editor; the editor who made
 * the last change may not sign the last level either.</li>
 * </ul>
 */
public enum ReviewChain {
    ONE(1), TWO(2), THREE(3);

    private final int levels;

    ReviewChain(int levels) {
        this.levels = levels;
    }

    public int levels() {
        return levels;
    }

    /** Whether signers must differ from each other and the last level from the last change's editor. */
    public boolean fourEyes() {
        return levels > 1;
    }

    /** The bundle key of a level's name in this chain (level 1-based), e.g. 初审 in a three-level chain. */
    public String levelKey(int level) {
        return levels == 1 ? "signoff.level.approve"
                : level >= levels ? "signoff.level.final" : "signoff.level." + level + "of" + levels;
    }

    /** The chain's name on the command line and in the preferences file. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The chain named {@code value} (one, two, three, or 1, 2, 3); {@link #ONE} for anything else. */
    public static ReviewChain parse(String value) {
        if (value == null) {
            return ONE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "two", "2" -> TWO;
            case "three", "3" -> THREE;
            default -> ONE;
        };
    }
}
