package org.newsdesk.ui.media;

import java.time.Duration;
import java.util.List;

/**
 * Which paragraph is being heard: each paragraph with a known start covers the recording
 * from there up to the next known start; paragraphs without one belong to the one before.
 */
public final class FollowIndex {

    private FollowIndex() {
    }

    /**
     * @param starts each paragraph's known start in document order, {@code null} when unknown
     * @return the index of the paragraph whose range holds {@code position}, or -1 before
     *         the first known start
     */
    public static int paragraphAt(List<Duration> starts, Duration position) {
        int found = -1;
        Duration best = null;
        for (int i = 0; i < starts.size(); i++) {
            Duration s = starts.get(i);
            if (s != null && s.compareTo(position) <= 0 && (best == null || s.compareTo(best) >= 0)) {
                found = i;
                best = s;
            }
        }
        return found;
    }
}
