package org.newsdesk.model;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything the portal page shows about a story besides its transcript, and
 * what the desk tracks. Text fields are never null (empty when unset).
 *
 * @param headline     the page headline without the part suffix
 * @param kicker       column tag shown as 【政務訪談】
 * @param subtitle     line after the kicker
 * @param summary      內容提要
 * @param source       來源
 * @param authors      作者, may be empty
 * @param editor       編輯
 * @param publishTime  publish time in its zone, or {@code null} if not set
 * @param timeZone     the zone publish times are entered in (default Asia/Shanghai)
 * @param channels     portal channels the page appears in
 * @param keywords     keywords
 * @param series       series and part, or {@code null}
 * @param internalNote note for the desk, never exported
 * @param embargoUntil not to be published before, or {@code null}
 */
public record Metadata(
        String headline,
        String kicker,
        String subtitle,
        String summary,
        String source,
        List<String> authors,
        String editor,
        ZonedDateTime publishTime,
        ZoneId timeZone,
        List<String> channels,
        List<String> keywords,
        Series series,
        String internalNote,
        ZonedDateTime embargoUntil) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public Metadata {
        headline = orEmpty(headline);
        kicker = orEmpty(kicker);
        subtitle = orEmpty(subtitle);
        summary = orEmpty(summary);
        source = orEmpty(source);
        authors = authors == null ? List.of() : List.copyOf(authors);
        editor = orEmpty(editor);
        timeZone = timeZone == null ? DEFAULT_ZONE : timeZone;
        channels = channels == null ? List.of() : List.copyOf(channels);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        internalNote = orEmpty(internalNote);
    }

    public static Metadata withHeadline(String headline) {
        return new Metadata(headline, "", "", "", "", List.of(), "", null, DEFAULT_ZONE,
                List.of(), List.of(), null, "", null);
    }

    public Metadata withHeadlineText(String value) {
        return new Metadata(value, kicker, subtitle, summary, source, authors, editor, publishTime,
                timeZone, channels, keywords, series, internalNote, embargoUntil);
    }

    public Metadata withSource(String value) {
        return new Metadata(headline, kicker, subtitle, summary, value, authors, editor, publishTime,
                timeZone, channels, keywords, series, internalNote, embargoUntil);
    }

    public Metadata withAuthors(List<String> value) {
        return new Metadata(headline, kicker, subtitle, summary, source, value, editor, publishTime,
                timeZone, channels, keywords, series, internalNote, embargoUntil);
    }

    public Metadata withEditor(String value) {
        return new Metadata(headline, kicker, subtitle, summary, source, authors, value, publishTime,
                timeZone, channels, keywords, series, internalNote, embargoUntil);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
