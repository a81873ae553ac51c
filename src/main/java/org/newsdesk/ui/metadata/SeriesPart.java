package org.newsdesk.ui.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.model.Series;
import org.newsdesk.store.LibraryEntry;

/**
 * One line of the series list in the Placement section: "(2) headline", a link to that part,
 * or "(4) — missing" when no story has that part yet.
 *
 * @param number   the part number
 * @param storyId  the story with this part, {@code null} when it is missing
 * @param headline its headline
 * @param current  whether it is the open story (shown, not linked)
 */
public record SeriesPart(int number, UUID storyId, String headline, boolean current) {

    public boolean missing() {
        return storyId == null;
    }

    /**
     * The parts from 1 to the total (or the highest part that exists), in part order; two
     * stories claiming one part are both listed. The open story shows its headline as saved.
     */
    static List<SeriesPart> list(List<LibraryEntry> stored, UUID openId, String openHeadline, Series openSeries) {
        int last = openSeries.total() == null ? 0 : openSeries.total();
        last = Math.max(last, openSeries.part());
        for (LibraryEntry e : stored) {
            if (e.summary().part() != null) {
                last = Math.max(last, e.summary().part());
            }
        }
        List<SeriesPart> out = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            boolean found = false;
            for (LibraryEntry e : stored) {
                boolean open = e.summary().id().equals(openId);
                int part = open ? openSeries.part() : e.summary().part() == null ? -1 : e.summary().part();
                if (part == n) {
                    out.add(new SeriesPart(n, e.summary().id(), open ? openHeadline : e.summary().headline(), open));
                    found = true;
                }
            }
            if (!found && n == openSeries.part()) {
                // not in the store's list yet (still being saved): it is there all the same
                out.add(new SeriesPart(n, openId, openHeadline, true));
                found = true;
            }
            if (!found) {
                out.add(new SeriesPart(n, null, "", false));
            }
        }
        return out;
    }
}
