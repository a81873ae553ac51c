package org.newsdesk.workflow.metadata;

import java.util.Locale;
import java.util.Optional;

/**
 * The metadata a story page has, one constant per field the metadata pane shows. {@link #id()}
 * is the name used by {@code meta --set id=value}, in JSON and as the message key suffix of the
 * field's label ({@code field.<id>}); the UI can use it as the control's id.
 */
public enum MetadataField {
    HEADLINE("headline"),
    KICKER("kicker"),
    SUBTITLE("subtitle"),
    SUMMARY("summary"),
    KEYWORDS("keywords"),
    SLUG("slug"),
    SOURCE("source"),
    AUTHORS("authors"),
    EDITOR("editor"),
    PUBLISH_TIME("publishTime"),
    TIME_ZONE("timeZone"),
    EMBARGO_UNTIL("embargoUntil"),
    CHANNELS("channels"),
    SERIES_ID("seriesId"),
    SERIES_NAME("seriesName"),
    PART("part"),
    TOTAL("total"),
    INTERNAL_NOTE("internalNote");

    private final String id;

    MetadataField(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The message key of the field's label. */
    public String labelKey() {
        return "field." + id;
    }

    public static Optional<MetadataField> byId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        for (MetadataField f : values()) {
            if (f.id.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
