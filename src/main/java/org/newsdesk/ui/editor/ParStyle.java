package org.newsdesk.ui.editor;

/**
 * Paragraph style of the transcript area: who speaks. {@code speakerKey == null} is
 * narration. Immutable, so RichTextFX can share it between paragraphs.
 */
public record ParStyle(String speakerKey) {

    public static final ParStyle NARRATION = new ParStyle(null);

    public boolean isNarration() {
        return speakerKey == null;
    }
}
