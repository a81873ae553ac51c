package org.newsdesk.workflow.metadata;

import java.util.ArrayList;
import java.util.List;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.text.Slugs;
import org.newsdesk.workflow.readiness.ReadinessCheck;

/**
 * Checks each metadata field on its own terms (length, control characters, slug safety, part
 * numbers, embargo against publish time). It says nothing about fields that are merely empty:
 * that is a readiness question ({@link ReadinessCheck}), a draft may be incomplete. The store's
 * constraints (migration V2) enforce the same limits, so nothing invalid is ever stored.
 */
public final class MetadataValidator {

    public static final int HEADLINE_MAX = 200;
    public static final int KICKER_MAX = 40;
    public static final int SUBTITLE_MAX = 300;
    public static final int SUMMARY_MAX = 2_000;
    public static final int NAME_MAX = 100;
    public static final int AUTHORS_MAX = 10;
    public static final int WORD_MAX = 40;
    public static final int KEYWORDS_MAX = 20;
    public static final int CHANNELS_MAX = 20;
    public static final int SERIES_ID_MAX = 100;
    public static final int SERIES_NAME_MAX = 200;
    public static final int PARTS_MAX = 999;
    public static final int NOTE_MAX = 10_000;

    private final ChannelList channels;

    /** @param channels the channels a story may be put in; {@code null} accepts any channel name */
    public MetadataValidator(ChannelList channels) {
        this.channels = channels;
    }

    /** All problems of {@code metadata} and {@code slug}, in field order; empty when all is well. */
    public List<FieldProblem> validate(Metadata metadata, String slug) {
        List<FieldProblem> out = new ArrayList<>();
        line(out, MetadataField.HEADLINE, metadata.headline(), HEADLINE_MAX);
        line(out, MetadataField.KICKER, metadata.kicker(), KICKER_MAX);
        line(out, MetadataField.SUBTITLE, metadata.subtitle(), SUBTITLE_MAX);
        text(out, MetadataField.SUMMARY, metadata.summary(), SUMMARY_MAX);
        entries(out, MetadataField.KEYWORDS, metadata.keywords(), WORD_MAX, KEYWORDS_MAX);
        if (slug != null) {
            slug(out, slug);
        }
        line(out, MetadataField.SOURCE, metadata.source(), NAME_MAX);
        entries(out, MetadataField.AUTHORS, metadata.authors(), NAME_MAX, AUTHORS_MAX);
        line(out, MetadataField.EDITOR, metadata.editor(), NAME_MAX);
        if (metadata.embargoUntil() != null && metadata.publishTime() != null
                && metadata.embargoUntil().toInstant().isAfter(metadata.publishTime().toInstant())) {
            out.add(FieldProblem.of(MetadataField.EMBARGO_UNTIL, "validation.embargo.afterPublish",
                    PortalTime.format(metadata.embargoUntil().withZoneSameInstant(metadata.timeZone())),
                    PortalTime.format(metadata.publishTime().withZoneSameInstant(metadata.timeZone()))));
        }
        if (entries(out, MetadataField.CHANNELS, metadata.channels(), WORD_MAX, CHANNELS_MAX) && channels != null) {
            for (String c : metadata.channels()) {
                if (!channels.contains(c)) {
                    out.add(FieldProblem.of(MetadataField.CHANNELS, "validation.channel.unknown", c));
                }
            }
        }
        series(out, metadata.series());
        text(out, MetadataField.INTERNAL_NOTE, metadata.internalNote(), NOTE_MAX);
        return out;
    }

    /** Problems of one field only, for checking a field as the user leaves it. */
    public List<FieldProblem> validate(Metadata metadata, String slug, MetadataField field) {
        return validate(metadata, slug).stream().filter(p -> p.field() == field).toList();
    }

    private static void slug(List<FieldProblem> out, String slug) {
        if (slug.isEmpty()) {
            out.add(FieldProblem.of(MetadataField.SLUG, "validation.slug.empty"));
        } else if (slug.length() > Slugs.MAX_LENGTH) {
            out.add(FieldProblem.of(MetadataField.SLUG, "validation.tooLong", MetadataField.SLUG, Slugs.MAX_LENGTH));
        } else if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            out.add(FieldProblem.of(MetadataField.SLUG, "validation.slug.unsafe", slug));
        } else if (!Slugs.isSafe(slug)) {
            out.add(FieldProblem.of(MetadataField.SLUG, "validation.slug.reserved", slug));
        }
    }

    private static void series(List<FieldProblem> out, Series s) {
        if (s == null) {
            return;
        }
        if (s.id().isBlank()) {
            out.add(FieldProblem.of(MetadataField.SERIES_ID, "validation.series.noId"));
        } else {
            line(out, MetadataField.SERIES_ID, s.id(), SERIES_ID_MAX);
        }
        line(out, MetadataField.SERIES_NAME, s.name(), SERIES_NAME_MAX);
        if (s.part() < 1) {
            out.add(FieldProblem.of(MetadataField.PART, "validation.part.tooSmall", s.part()));
        } else if (s.total() != null && s.total() >= 1 && s.part() > s.total()) {
            out.add(FieldProblem.of(MetadataField.PART, "validation.part.beyondTotal", s.part(), s.total()));
        } else if (s.part() > PARTS_MAX) {
            out.add(FieldProblem.of(MetadataField.PART, "validation.number.tooLarge", MetadataField.PART, PARTS_MAX));
        }
        if (s.total() != null) {
            if (s.total() < 1) {
                out.add(FieldProblem.of(MetadataField.TOTAL, "validation.total.tooSmall", s.total()));
            } else if (s.total() > PARTS_MAX) {
                out.add(FieldProblem.of(MetadataField.TOTAL, "validation.number.tooLarge", MetadataField.TOTAL, PARTS_MAX));
            }
        }
    }

    /**
     * What is wrong with {@code name} as a source, author or editor (the name directory's
     * rename uses the same rules as the pane): empty, a control character, too long.
     */
    public static List<FieldProblem> nameProblems(MetadataField field, String name) {
        List<FieldProblem> out = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            out.add(FieldProblem.of(field, "validation.emptyEntry", field));
        } else {
            line(out, field, n, NAME_MAX);
        }
        return out;
    }

    /** A single-line field: no control character at all, not longer than {@code max}. */
    private static void line(List<FieldProblem> out, MetadataField field, String value, int max) {
        check(out, field, value, max, false);
    }

    /** A multi-line field: new lines and tabs allowed, other control characters not. */
    private static void text(List<FieldProblem> out, MetadataField field, String value, int max) {
        check(out, field, value, max, true);
    }

    private static boolean check(List<FieldProblem> out, MetadataField field, String value, int max, boolean multiLine) {
        int control = controlCharacterAt(value, multiLine);
        if (control >= 0) {
            out.add(FieldProblem.of(field, "validation.controlCharacter", field, control + 1,
                    String.format("U+%04X", (int) value.charAt(control))));
            return false;
        }
        // UTF-16 units, as the store's char_length counts them (a CJK character outside the BMP counts 2)
        int length = value.length();
        if (length > max) {
            out.add(FieldProblem.of(field, "validation.tooLong", field, max, length));
            return false;
        }
        return true;
    }

    /** A list field (authors, keywords, channels): each entry a single line, no empty entries. */
    private static boolean entries(List<FieldProblem> out, MetadataField field, List<String> values, int max, int count) {
        if (values.size() > count) {
            out.add(FieldProblem.of(field, "validation.tooMany", field, count));
            return false;
        }
        int before = out.size();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                out.add(FieldProblem.of(field, "validation.emptyEntry", field));
                return false;
            }
            if (!check(out, field, v, max, false)) {
                return false;
            }
        }
        return out.size() == before;
    }

    /**
     * Index of the first control character (Unicode category Cc) in {@code value}, or -1. In
     * multi-line text, new line, carriage return and tab are allowed.
     */
    public static int controlCharacterAt(String value, boolean multiLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.getType(c) == Character.CONTROL
                    && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))) {
                return i;
            }
        }
        return -1;
    }
}
