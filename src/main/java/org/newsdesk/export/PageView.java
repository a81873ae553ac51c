package org.newsdesk.export;

import java.util.List;

/**
 * What the page template shows, already converted to the page's script; plain text
 * only, so the template's default escaping covers every field. Public because the
 * template engine reads it by reflection.
 */
public final class PageView {

    private PageView() {
    }

    /**
     * @param lang        zh-Hans or zh-Hant
     * @param traditional true for a zh-Hant page (the template picks its own words by it)
     * @param headline    headline with the part, e.g. 市科委副主任做客政務網(3)
     * @param kicker      column, shown as 【kicker】
     * @param subtitle    line after the kicker
     * @param source      來源
     * @param authors     作者, joined by a space
     * @param editor      編輯
     * @param time        publish time as the portal shows it (2015-07-31 10:02:54), or empty
     * @param timeIso     the same time in ISO-8601 with offset, or empty
     * @param paragraphs  the transcript
     * @param series      series navigation, or {@code null}
     * @param labelStyle  the label style's name (a CSS class)
     * @param jsonLd      schema.org JSON-LD, already safe inside a script element
     * @param generator   Newsdesk and its version
     * @param channels    the portal channels the story is put in, as ticked (one meta element each)
     * @param corrections the published corrections of this revision and earlier ones, newest first
     */
    public record Page(String lang, boolean traditional, String headline, String kicker, String subtitle,
                       String source, String authors, String editor, String time, String timeIso,
                       List<Para> paragraphs, SeriesNav series, String labelStyle, String jsonLd, String generator,
                       List<String> channels, List<Correction> corrections) {
    }

    /**
     * A correction note as the page shows it.
     *
     * @param note     the editor's note, in the page's script
     * @param revision the revision that carried it
     * @param date     the day it was published (UTC), e.g. 2026-12-02
     * @param dateIso  the time it was published, ISO-8601
     */
    public record Correction(String note, int revision, String date, String dateIso) {
    }

    /**
     * @param kind       "turn" (first paragraph of a speaker's turn), "continuation" or "narration"
     * @param speakerKey the roster key (a CSS hook), empty for narration
     * @param role       host, guest or other; empty for narration
     * @param label      the formatted label at a turn's start, else empty
     * @param labelBold  whether the label is set in bold
     * @param spans      the text
     */
    public record Para(String kind, String speakerKey, String role, String label, boolean labelBold, List<Run> spans) {
    }

    /** A run of text with its marks; the template nests the matching elements. */
    public record Run(String text, boolean bold, boolean italic, boolean uncertain, boolean timestamp) {
    }

    /**
     * @param name         the series' name, may be empty
     * @param part         this part
     * @param total        number of parts, or {@code null}
     * @param previousHref link to the previous part, or {@code null}
     * @param nextHref     link to the next part, or {@code null}
     */
    public record SeriesNav(String name, int part, Integer total, String previousHref, String nextHref) {
    }
}
