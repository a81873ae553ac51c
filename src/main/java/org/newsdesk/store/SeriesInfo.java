package org.newsdesk.store;

/** A series the store knows, with how many of its parts exist. */
public record SeriesInfo(String id, String name, Integer partsTotal, int storiesInStore) {
}
