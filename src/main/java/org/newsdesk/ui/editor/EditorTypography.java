package org.newsdesk.ui.editor;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * How the transcript reads: font family, size, and line height as a multiple of the size.
 * It becomes a small stylesheet on the transcript area, so bold and italic spans keep
 * their own weight and style and only the family, size and spacing change.
 *
 * @param family      font family; a CJK family with real bold faces reads best
 * @param size        font size in pixels
 * @param lineSpacing line height as a multiple of the size (CJK text wants about 1.5–1.8)
 */
public record EditorTypography(String family, double size, double lineSpacing) {

    public EditorTypography {
        family = family.replaceAll("[\"\\\\;{}\\n\\r]", "").strip();
    }

    /**
     * The stylesheet; {@code naturalLineHeight} is what the font's lines take without extra
     * spacing (in pixels), so the gap added between lines is what is left to reach the height.
     */
    public String css(double naturalLineHeight) {
        double gap = Math.max(0, lineSpacing * size - naturalLineHeight);
        return String.format(Locale.ROOT, """
                .transcript-text { -fx-font-family: "%1$s"; -fx-font-size: %2$.1fpx; }
                .speaker-chip { -fx-font-family: "%1$s"; -fx-font-size: %3$.1fpx; }
                .paragraph-speech, .paragraph-narration { -fx-line-spacing: %4$.1fpx; }
                """, family, size, Math.max(11, size * 0.8), gap);
    }

    /** The stylesheet as a data URI that a node's stylesheet list takes. */
    public String stylesheet(double naturalLineHeight) {
        return "data:text/css;base64," + Base64.getEncoder().encodeToString(css(naturalLineHeight)
                .getBytes(StandardCharsets.UTF_8));
    }
}
