package org.newsdesk.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param query      the query as typed
 * @param page       the page number, from 0
 * @param pageSize   hits per page
 * @param totalHits  how many stories match (a lower bound when {@code exact} is false)
 * @param exact      whether {@code totalHits} is exact
 * @param hits       this page's hits, best first
 */
public record SearchPage(String query, int page, int pageSize, long totalHits, boolean exact, List<SearchHit> hits) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}
