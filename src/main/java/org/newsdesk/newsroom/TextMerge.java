package org.newsdesk.newsroom;

import java.util.List;

/**
 * Three-way merge of one paragraph's plain text, character by character (by code point, so a
 * character outside the Basic Multilingual Plane is never split): edits that do not overlap
 * both land; overlapping edits give a {@link Conflict} holding the base and both versions.
 */
public final class TextMerge {

    private TextMerge() {
    }

    /** What merging gave. */
    public sealed interface Outcome permits Merged, Conflict {
    }

    /** Both sides' edits in one text. */
    public record Merged(String text) implements Outcome {
    }

    /** Edits overlap: every version is kept for whoever resolves it. */
    public record Conflict(String base, String mine, String theirs) implements Outcome {
    }

    public static Outcome merge(String base, String mine, String theirs) {
        ThreeWayMerge.Result<Integer> r = ThreeWayMerge.merge(codePoints(base), codePoints(mine), codePoints(theirs));
        return r.clean() ? new Merged(text(r.merged())) : new Conflict(base, mine, theirs);
    }

    static List<Integer> codePoints(String s) {
        return s.codePoints().boxed().toList();
    }

    static String text(List<Integer> codePoints) {
        StringBuilder sb = new StringBuilder(codePoints.size());
        codePoints.forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
