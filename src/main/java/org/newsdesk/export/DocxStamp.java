package org.newsdesk.export;

/**
 * The custom document properties that say which story and revision a review document was
 * exported from; reading it back finds the revision by them.
 */
public final class DocxStamp {

    public static final String STORY = "NewsdeskStory";
    public static final String REVISION = "NewsdeskRevision";
    public static final String LABELS = "NewsdeskLabels";
    public static final String GENERATOR = "NewsdeskGenerator";
    /** The style of transcript paragraphs (a paragraph the guest's office adds inherits it). */
    public static final String TRANSCRIPT_STYLE = "NewsdeskTranscript";

    private DocxStamp() {
    }
}
