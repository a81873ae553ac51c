package org.newsdesk.export;

import java.util.Locale;

/** How a turn's speaker label is written in front of its first paragraph; a setting per export target. */
public enum LabelStyle {
    /** 主持人：— the full-width colon Chinese typesetting uses. */
    FULLWIDTH("fullwidth"),
    /** 主持人: — as the seed portal page writes it. */
    HALFWIDTH("halfwidth"),
    /** [主持人] */
    BRACKETS("brackets"),
    /** <strong>主持人：</strong> */
    BOLD("bold");

    private final String cliName;

    LabelStyle(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The label as text, without markup (BOLD adds the markup in the template). */
    public String format(String label) {
        return switch (this) {
            case FULLWIDTH, BOLD -> label + "：";
            case HALFWIDTH -> label + ":";
            case BRACKETS -> "[" + label + "]";
        };
    }

    public static LabelStyle parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (LabelStyle s : values()) {
            if (s.cliName.equals(v)) {
                return s;
            }
        }
        throw new IllegalArgumentException("expected fullwidth, halfwidth, brackets or bold: " + value);
    }
}
