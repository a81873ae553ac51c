package org.newsdesk.importer;

/**
 * Something the preview tells the editor about what the import left out or guessed,
 * e.g. that 2 tables were ignored, or that a speaker's role was inferred on line 12.
 * {@link ImportErrorText#note} words it.
 *
 * @param kind          what happened
 * @param count         how many times (tables, images, paragraphs), 1 for yes/no notes
 * @param line          the source line the guess is about (1-based), 0 when it is about the whole file
 * @param detail        the label, text or value concerned, empty when none
 * @param lowConfidence the evidence was thin: the editor should check this one
 * @param speakerKey    the roster entry a role guess is about, empty otherwise (lets the preview undo it)
 */
public record ImportNote(Kind kind, int count, int line, String detail, boolean lowConfidence, String speakerKey) {

    public ImportNote {
        detail = detail == null ? "" : detail;
        speakerKey = speakerKey == null ? "" : speakerKey;
    }

    public ImportNote(Kind kind, int count) {
        this(kind, count, 0, "", false, "");
    }

    /** A guess about one line. */
    public static ImportNote at(Kind kind, int line, String detail, boolean lowConfidence) {
        return new ImportNote(kind, 1, line, detail, lowConfidence, "");
    }

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
        NO_PAGE_METADATA,
        /** A speaker's role was inferred from the conversation (who asks, who is welcomed). */
        ROLE_INFERRED,
        /** Labels that are names or titles were taken for speakers because the page is laid out as turns. */
        LABELS_ACCEPTED,
        /** Several turns on one line were split. */
        TURNS_SPLIT,
        /** A bracketed nickname before a question was taken for a netizen. */
        NETIZEN_NICKNAME,
        /** A caption or photo credit became narration. */
        CAPTION_AS_NARRATION,
        /** A live-text time stamp became narration. */
        TIMESTAMP_AS_NARRATION,
        /** A section heading between turns became narration. */
        HEADING_AS_NARRATION,
        /** A credit line above the transcript (主持人：某某) was kept out of the turns. */
        CREDIT_AS_NARRATION,
        /** A line was chosen as the headline (over the file name or other candidates). */
        HEADLINE_CHOSEN,
        /** A line repeating the headline or a metadata line was dropped from the text. */
        LINE_DROPPED,
        /** A new label was taken for a speaker already in the roster (主持人 魯健, later 主持人). */
        LABELS_MERGED,
        /**
         * A file of very many short lines: {@code count} of them were packed into
         * {@code detail} paragraphs (labels after the first stay in the text).
         */
        SHORT_LINES_PACKED
    }
}
