package org.newsdesk.workflow.metadata;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Series;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.text.Slugs;

/**
 * Applies typed values ({@code field=value}, as {@code meta --set} takes them, or the text of a
 * metadata pane's controls) to a story's metadata and slug, then validates the result. Lists
 * (authors, keywords, channels) are separated by commas or 、; an empty value clears a field;
 * an empty {@code part} takes the story out of its series. While the slug still is the one
 * derived from the headline, a new headline derives a new slug.
 */
public final class MetadataEdit {

    /** The edited values and every problem found; store them only when {@link #valid()}. */
    public record Result(Metadata metadata, String slug, List<FieldProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final MetadataValidator validator;

    public MetadataEdit(MetadataValidator validator) {
        this.validator = validator;
    }

    /** Parses {@code field=value} strings; a string without '=' or with an unknown field is a problem. */
    public Result apply(Story story, List<String> assignments) {
        Map<MetadataField, String> values = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (String a : assignments) {
            int eq = a.indexOf('=');
            var field = eq < 0 ? java.util.Optional.<MetadataField>empty() : MetadataField.byId(a.substring(0, eq));
            if (field.isEmpty()) {
                // reported against the headline so it has a place; the CLI prints it as it is
                problems.add(FieldProblem.of(MetadataField.HEADLINE, "validation.unknownField",
                        eq < 0 ? a : a.substring(0, eq)));
            } else {
                values.put(field.get(), a.substring(eq + 1));
            }
        }
        Result r = apply(story, values);
        problems.addAll(r.problems());
        return new Result(r.metadata(), r.slug(), List.copyOf(problems));
    }

    /** Applies the given field values over the story's current ones. */
    public Result apply(Story story, Map<MetadataField, String> values) {
        Metadata m = story.metadata();
        List<FieldProblem> problems = new ArrayList<>();
        String headline = m.headline();
        String kicker = m.kicker();
        String subtitle = m.subtitle();
        String summary = m.summary();
        String source = m.source();
        List<String> authors = m.authors();
        String editor = m.editor();
        ZoneId zone = m.timeZone();
        List<String> channels = m.channels();
        List<String> keywords = m.keywords();
        String note = m.internalNote();
        String slug = story.slug();

        if (values.containsKey(MetadataField.TIME_ZONE)) {
            String z = values.get(MetadataField.TIME_ZONE).strip();
            try {
                zone = z.isEmpty() ? Metadata.DEFAULT_ZONE : ZoneId.of(z);
            } catch (DateTimeException e) {
                problems.add(FieldProblem.of(MetadataField.TIME_ZONE, "validation.zone.unknown", z));
            }
        }
        ZonedDateTime publish = time(values, MetadataField.PUBLISH_TIME, m.publishTime(), zone, problems);
        ZonedDateTime embargo = time(values, MetadataField.EMBARGO_UNTIL, m.embargoUntil(), zone, problems);
        Series series = series(m.series(), values, problems);

        for (Map.Entry<MetadataField, String> e : values.entrySet()) {
            String v = e.getValue();
            switch (e.getKey()) {
                case HEADLINE -> headline = v.strip();
                case KICKER -> kicker = stripBrackets(v.strip());
                case SUBTITLE -> subtitle = v.strip();
                case SUMMARY -> summary = v.strip();
                case SOURCE -> source = v.strip();
                case AUTHORS -> authors = ChannelList.distinct(ChannelList.split(v));
                case EDITOR -> editor = v.strip();
                case CHANNELS -> channels = ChannelList.distinct(ChannelList.split(v));
                case KEYWORDS -> keywords = ChannelList.distinct(ChannelList.split(v));
                case INTERNAL_NOTE -> note = v;
                case SLUG -> slug = v.strip();
                default -> {
                    // times, zone and series are handled above
                }
            }
        }
        // the slug follows the headline only while it is the one made from the old headline and the
        // story is a draft: a slug the editor typed, one made by an earlier version (story-8c1f2a3b)
        // and that of a story past draft (perhaps published, linked to) never change by themselves
        if (!values.containsKey(MetadataField.SLUG) && !headline.equals(m.headline())
                && story.status() == Status.DRAFT
                && story.slug().equals(Slugs.fromHeadline(m.headline(), story.id()))) {
            slug = Slugs.fromHeadline(headline, story.id());
        }
        Metadata edited = new Metadata(headline, kicker, subtitle, summary, source, authors, editor, publish, zone,
                channels, keywords, series, note, embargo);
        problems.addAll(validator.validate(edited, slug));
        return new Result(edited, slug, List.copyOf(problems));
    }

    /** Fields checked against each other: a problem in one keeps all of its group unsaved. */
    private static final List<Set<MetadataField>> LINKED = List.of(
            EnumSet.of(MetadataField.PUBLISH_TIME, MetadataField.TIME_ZONE, MetadataField.EMBARGO_UNTIL),
            EnumSet.of(MetadataField.SERIES_ID, MetadataField.SERIES_NAME, MetadataField.PART, MetadataField.TOTAL));

    /**
     * Applies what is valid and leaves the rest as stored, for an autosave that must never lose
     * the good values because of one bad field. The result's metadata and slug are always
     * valid; its problems are those of all the given values (to show at the fields).
     */
    public Result applyValid(Story story, Map<MetadataField, String> values) {
        Result all = apply(story, values);
        if (all.valid()) {
            return all;
        }
        Map<MetadataField, String> rest = new LinkedHashMap<>(values);
        Result kept = all;
        while (!kept.valid() && !rest.isEmpty()) {
            for (FieldProblem p : kept.problems()) {
                rest.remove(p.field());
                LINKED.stream().filter(g -> g.contains(p.field())).forEach(g -> rest.keySet().removeAll(g));
            }
            kept = apply(story, rest);
        }
        if (!kept.valid()) {
            return new Result(story.metadata(), story.slug(), all.problems());
        }
        return new Result(kept.metadata(), kept.slug(), all.problems());
    }

    /** The portal shows the kicker in 【】; an editor may type them, they are not part of it. */
    private static String stripBrackets(String kicker) {
        if (kicker.startsWith("【") && kicker.endsWith("】") && kicker.length() >= 2) {
            return kicker.substring(1, kicker.length() - 1).strip();
        }
        return kicker;
    }

    private static ZonedDateTime time(Map<MetadataField, String> values, MetadataField field, ZonedDateTime current,
                                      ZoneId zone, List<FieldProblem> problems) {
        if (!values.containsKey(field)) {
            return current == null ? null : current.withZoneSameInstant(zone);
        }
        String text = values.get(field);
        try {
            return PortalTime.parse(text, zone);
        } catch (DateTimeException e) {
            problems.add(FieldProblem.of(field, "validation.date.invalid", text.strip()));
            return current;
        }
    }

    private static Series series(Series current, Map<MetadataField, String> values, List<FieldProblem> problems) {
        boolean touched = values.containsKey(MetadataField.SERIES_ID) || values.containsKey(MetadataField.SERIES_NAME)
                || values.containsKey(MetadataField.PART) || values.containsKey(MetadataField.TOTAL);
        if (!touched) {
            return current;
        }
        if (values.containsKey(MetadataField.PART) && values.get(MetadataField.PART).isBlank()) {
            return null;
        }
        String id = current == null ? "" : current.id();
        String name = current == null ? "" : current.name();
        int part = current == null ? 1 : current.part();
        Integer total = current == null ? null : current.total();
        if (values.containsKey(MetadataField.SERIES_ID)) {
            id = values.get(MetadataField.SERIES_ID).strip();
        }
        if (values.containsKey(MetadataField.SERIES_NAME)) {
            name = values.get(MetadataField.SERIES_NAME).strip();
        }
        if (values.containsKey(MetadataField.PART)) {
            Integer p = number(values.get(MetadataField.PART), MetadataField.PART, problems);
            part = p == null ? part : p;
        }
        if (values.containsKey(MetadataField.TOTAL)) {
            String t = values.get(MetadataField.TOTAL);
            total = t.isBlank() ? null : number(t, MetadataField.TOTAL, problems);
        }
        if (id.isEmpty()) {
            id = "series-" + UUID.randomUUID().toString().substring(0, 8);
        }
        return new Series(id, name, part, total);
    }

    private static Integer number(String text, MetadataField field, List<FieldProblem> problems) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "validation.number.invalid", text.strip()));
            return null;
        }
    }
}
