package org.newsdesk.importer;

/**
 * Something the preview tells the editor about what the import left out or guessed,
 * e.g. that 2 tables were ignored. {@link ImportErrorText#note} words it.
 *
 * @param kind  what happened
 * @param count how many times (tables, images, paragraphs), 1 for yes/no notes
 */
public record ImportNote(Kind kind, int count) {

    public enum Kind {
        /** Tables in a Word file are not part of a transcript. */
        TABLES_IGNORED,
        /** Pictures and drawings in a Word file. */
        IMAGES_IGNORED,
        /** Paragraphs over 2,000 characters were split at sentence ends. */
        PARAGRAPHS_SPLIT,
        /** The encoding is a guess: check the text and pick another one if it is garbled. */
        ENCODING_GUESSED,
        /** A web page without the usual source/author/editor line: metadata left for the editor. */
        NO_PAGE_METADATA
    }
}
