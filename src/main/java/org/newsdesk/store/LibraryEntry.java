package org.newsdesk.store;

import java.util.List;
import org.newsdesk.model.StorySummary;

/**
 * A story as the library shows it: its summary plus what the library groups and filters by.
 *
 * @param seriesId   the series, or {@code null}
 * @param seriesName the series' name, or {@code null}
 * @param partsTotal the series' number of parts, or {@code null}
 * @param channels   the story's channels
 */
public record LibraryEntry(StorySummary summary, String seriesId, String seriesName, Integer partsTotal,
                           List<String> channels) {

    public LibraryEntry {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
