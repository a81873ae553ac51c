package org.newsdesk.ui.editor;

import java.time.Duration;

/**
 * Paragraph style of the transcript area: who speaks ({@code speakerKey == null} is
 * narration) and, when known, where in the recording the paragraph starts. Immutable, so
 * RichTextFX can share it between paragraphs.
 */
public record ParStyle(String speakerKey, Duration start) {

    public static final ParStyle NARRATION = new ParStyle(null);

    public ParStyle(String speakerKey) {
        this(speakerKey, null);
    }

    public boolean isNarration() {
        return speakerKey == null;
    }

    /** Another speaker, same start. */
    public ParStyle withSpeaker(String key) {
        return new ParStyle(key, start);
    }
}
