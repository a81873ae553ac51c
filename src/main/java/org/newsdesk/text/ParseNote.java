package org.newsdesk.text;

/**
 * A guess the parser made that the editor should be able to check: where it is and what
 * it decided. The importer turns these into the import report.
 *
 * @param kind          what was decided
 * @param line          the source line (1-based), 0 when unknown
 * @param detail        the label, nickname or text concerned
 * @param lowConfidence true when the evidence was thin and the editor should look
 */
public record ParseNote(Kind kind, int line, String detail, boolean lowConfidence) {

    public enum Kind {
        /** Several turns written on one line were split into turns. */
        TURNS_SPLIT,
        /** A one-off nickname in brackets before a question was taken for a netizen. */
        NICKNAME_AS_AUDIENCE,
        /** A picture caption or credit (圖為……, 某某 攝) was made narration. */
        CAPTION_AS_NARRATION,
        /** A live-text time stamp on its own line was made narration. */
        TIMESTAMP_AS_NARRATION,
        /** A section heading between turns was made narration. */
        HEADING_AS_NARRATION,
        /** A credit line above the transcript (主持人：某某, 攝像：某某) was left out of the turns. */
        CREDIT_AS_NARRATION,
        /** Labels that are names or titles were accepted because the document is laid out as turns. */
        NAME_LABELS_ACCEPTED,
        /** A speaker's role was inferred from the conversation. */
        ROLE_INFERRED,
        /** A new label was taken for a speaker already in the roster (主持人 魯健, later 主持人). */
        LABELS_MERGED
    }
}
