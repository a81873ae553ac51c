package org.newsdesk.workflow.metadata;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdesk.model.Metadata;

/**
 * The headline block as the portal page shows it (see the seed page):
 * <pre>
 * 市科委副主任李寶純做客天津政務網(3)
 * 來源: 天津政務網  作者:  2015-07-31 10:02:54  編輯:張令沛
 * 【政務訪談】天津市推進『大眾創業、萬眾創新』有關情況
 * </pre>
 */
public final class HeadlinePreview {

    /** The script of the labels in the metadata line. */
    public enum Script {
        SIMPLIFIED("来源", "作者", "编辑"),
        TRADITIONAL("來源", "作者", "編輯");

        final String source;
        final String author;
        final String editor;

        Script(String source, String author, String editor) {
            this.source = source;
            this.author = author;
            this.editor = editor;
        }
    }

    private static final Pattern PART_SUFFIX = Pattern.compile("[(（]\\s*(\\d{1,4})\\s*[)）]\\s*$");

    private HeadlinePreview() {
    }

    /**
     * The headline with the series part appended as the portal does, e.g. {@code …政務網(3)}. A
     * headline that already ends with a part suffix is shown as it is (the readiness check
     * compares that suffix with the series part).
     */
    public static String headline(Metadata m) {
        String h = m.headline().strip();
        if (m.series() == null || partSuffix(h) != null) {
            return h;
        }
        return h + "(" + m.series().part() + ")";
    }

    /** {@code 【政務訪談】subtitle}; just the subtitle without a kicker, empty without both. */
    public static String kickerLine(Metadata m) {
        String kicker = m.kicker().strip();
        return (kicker.isEmpty() ? "" : "【" + kicker + "】") + m.subtitle().strip();
    }

    /** {@code 來源: X  作者: Y  2015-07-31 10:02:54  編輯:Z} in the publish time's own zone. */
    public static String metadataLine(Metadata m, Script script) {
        String authors = String.join(" ", m.authors());
        return script.source + ": " + m.source()
                + "  " + script.author + ":" + (authors.isEmpty() ? "" : " " + authors)
                + "  " + PortalTime.format(m.publishTime() == null ? null : m.publishTime().withZoneSameInstant(m.timeZone()))
                + "  " + script.editor + ":" + m.editor();
    }

    /** The part number a headline ends with, {@code (3)} or {@code （3）}, or {@code null}. */
    public static Integer partSuffix(String headline) {
        Matcher matcher = PART_SUFFIX.matcher(headline);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
