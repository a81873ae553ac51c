package org.newsdesk.store;

/**
 * The order the library lists its stories in: the library's own (newest first, the parts of a
 * series together in part order) or by one column, the library's own order breaking ties.
 *
 * @param by        the column, or {@link By#LIBRARY} for the library's own order
 * @param ascending the column's direction (ignored for the library's own order)
 */
public record LibrarySort(By by, boolean ascending) {

    /** What the stories are ordered by. */
    public enum By {
        LIBRARY, HEADLINE, STATUS, PART, EDITOR, UPDATED
    }

    public static final LibrarySort LIBRARY = new LibrarySort(By.LIBRARY, false);

    public LibrarySort {
        if (by == null) {
            by = By.LIBRARY;
        }
    }
}
