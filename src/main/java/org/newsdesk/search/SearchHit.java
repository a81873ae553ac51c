package org.newsdesk.search;

import java.util.List;
import java.util.UUID;

/** One story that matches a search, with its best pieces highlighted (headline first). */
public record SearchHit(UUID storyId, String headline, float score, List<Highlight> highlights) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
