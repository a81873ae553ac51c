package org.newsdesk.export;

import org.newsdesk.text.Slugs;

/**
 * The slugs of the parts before and after this one, for the page's series navigation.
 * The story alone does not know them; whoever exports looks them up in the library.
 * An unsafe slug is dropped, so a link can never point outside the portal's folders.
 *
 * @param previousSlug the previous part's slug, or {@code null}
 * @param nextSlug     the next part's slug, or {@code null}
 */
public record SeriesNeighbours(String previousSlug, String nextSlug) {

    public static final SeriesNeighbours NONE = new SeriesNeighbours(null, null);

    public SeriesNeighbours {
        previousSlug = Slugs.isSafe(previousSlug) ? previousSlug : null;
        nextSlug = Slugs.isSafe(nextSlug) ? nextSlug : null;
    }

    /** Where a part's page is on the portal, relative to this page: a sibling folder named by slug. */
    static String href(String slug) {
        return slug == null ? null : "../" + slug + "/";
    }
}
