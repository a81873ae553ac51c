package org.newsdesk.workflow.readiness;

import org.newsdesk.workflow.metadata.MetadataField;

/** Where a readiness failure is, so the UI can jump there: a metadata field or a place in the transcript. */
public sealed interface ReadinessTarget permits ReadinessTarget.Field, ReadinessTarget.InParagraph {

    /** A metadata field. */
    record Field(MetadataField field) implements ReadinessTarget {
    }

    /**
     * A place in the transcript.
     *
     * @param index       the paragraph's position, from 0
     * @param paragraphId the paragraph's id
     * @param offset      character offset of the problem inside the paragraph's text
     * @param length      how many characters it covers (0 = the whole paragraph)
     */
    record InParagraph(int index, String paragraphId, int offset, int length) implements ReadinessTarget {
    }
}
