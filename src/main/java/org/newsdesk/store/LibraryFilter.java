package org.newsdesk.store;

import org.newsdesk.model.Status;

/**
 * What the story library shows; every criterion is optional ({@code null} = any).
 *
 * @param status   only stories in this status
 * @param channel  only stories in this channel
 * @param seriesId only the parts of this series
 * @param editor   only stories with this editor
 * @param trash    the trash instead of the library
 */
public record LibraryFilter(Status status, String channel, String seriesId, String editor, boolean trash) {

    public static final LibraryFilter ALL = new LibraryFilter(null, null, null, null, false);

    public LibraryFilter withStatus(Status value) {
        return new LibraryFilter(value, channel, seriesId, editor, trash);
    }

    public LibraryFilter withChannel(String value) {
        return new LibraryFilter(status, value, seriesId, editor, trash);
    }

    public LibraryFilter withSeries(String value) {
        return new LibraryFilter(status, channel, value, editor, trash);
    }

    public LibraryFilter withEditor(String value) {
        return new LibraryFilter(status, channel, seriesId, value, trash);
    }
}
