package org.newsdesk.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Series;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.SpeakerRole;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.model.StorySummary;

/**
 * The JSON shape of a story, as {@code newsdesk show --json} prints it and as
 * revision snapshots keep it. Documented in the README: scripts rely on it, so
 * fields are only ever added. Enum values are lower case; times are ISO-8601 with
 * offset; a story's publish time also carries its zone id.
 */
public final class StoryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    private StoryJson() {
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON", e);
        }
    }

    public static String toJson(Story story) {
        return write(toNode(story));
    }

    public static Story fromJson(String json) {
        try {
            return fromNode(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a story document: " + e.getOriginalMessage(), e);
        }
    }

    public static ObjectNode toNode(Story story) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", story.id().toString());
        n.put("slug", story.slug());
        n.put("status", lower(story.status()));
        n.put("revision", story.revision());
        n.put("version", story.version());
        n.put("createdAt", instant(story.createdAt()));
        n.put("updatedAt", instant(story.updatedAt()));
        n.set("metadata", metadata(story.metadata()));
        ArrayNode speakers = n.putArray("speakers");
        for (Speaker s : story.speakers()) {
            ObjectNode sn = speakers.addObject();
            sn.put("key", s.key());
            sn.put("label", s.label());
            sn.put("fullName", s.fullName());
            sn.put("title", s.title());
            sn.put("role", lower(s.role()));
        }
        ArrayNode paragraphs = n.putArray("paragraphs");
        for (Paragraph p : story.paragraphs()) {
            ObjectNode pn = paragraphs.addObject();
            pn.put("id", p.id());
            if (p.speakerKey() == null) {
                pn.putNull("speaker");
            } else {
                pn.put("speaker", p.speakerKey());
            }
            pn.put("text", p.text());
            putMillis(pn, "startMs", p.start());
            ArrayNode spans = pn.putArray("spans");
            for (Span span : p.spans()) {
                ObjectNode spn = spans.addObject();
                spn.put("text", span.text());
                ArrayNode styles = spn.putArray("styles");
                EnumSet<SpanStyle> sorted = span.styles().isEmpty()
                        ? EnumSet.noneOf(SpanStyle.class) : EnumSet.copyOf(span.styles());
                sorted.forEach(st -> styles.add(lower(st)));
                if (span.time() != null) {
                    spn.put("timeMs", span.time().toMillis());
                }
            }
        }
        return n;
    }

    public static ObjectNode summaryNode(StorySummary s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", s.id().toString());
        n.put("slug", s.slug());
        n.put("headline", s.headline());
        n.put("status", lower(s.status()));
        if (s.part() == null) {
            n.putNull("part");
        } else {
            n.put("part", s.part());
        }
        n.put("editor", s.editor());
        n.put("revision", s.revision());
        n.put("updatedAt", instant(s.updatedAt()));
        if (s.deletedAt() != null) {
            n.put("deletedAt", instant(s.deletedAt()));
        }
        return n;
    }

    /** The recording a story is linked to ({@code null} node when none): path, file name, size. */
    public static JsonNode mediaNode(org.newsdesk.model.MediaLink media) {
        if (media == null) {
            return MAPPER.nullNode();
        }
        ObjectNode n = MAPPER.createObjectNode();
        n.put("path", media.path());
        n.put("fileName", media.fileName());
        n.put("sizeBytes", media.sizeBytes());
        return n;
    }

    public static ArrayNode newArray() {
        return MAPPER.createArrayNode();
    }

    private static ObjectNode metadata(Metadata m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("headline", m.headline());
        n.put("kicker", m.kicker());
        n.put("subtitle", m.subtitle());
        n.put("summary", m.summary());
        n.put("source", m.source());
        strings(n.putArray("authors"), m.authors());
        n.put("editor", m.editor());
        putTime(n, "publishTime", m.publishTime());
        n.put("timeZone", m.timeZone().getId());
        strings(n.putArray("channels"), m.channels());
        strings(n.putArray("keywords"), m.keywords());
        if (m.series() == null) {
            n.putNull("series");
        } else {
            ObjectNode sn = n.putObject("series");
            sn.put("id", m.series().id());
            sn.put("name", m.series().name());
            sn.put("part", m.series().part());
            if (m.series().total() == null) {
                sn.putNull("total");
            } else {
                sn.put("total", m.series().total());
            }
        }
        n.put("internalNote", m.internalNote());
        putTime(n, "embargoUntil", m.embargoUntil());
        return n;
    }

    public static Story fromNode(JsonNode n) {
        JsonNode m = n.path("metadata");
        ZoneId zone = ZoneId.of(m.path("timeZone").asText(Metadata.DEFAULT_ZONE.getId()));
        Series series = series(m.path("series"));
        Metadata metadata = new Metadata(
                m.path("headline").asText(""), m.path("kicker").asText(""), m.path("subtitle").asText(""),
                m.path("summary").asText(""), m.path("source").asText(""), strings(m.path("authors")),
                m.path("editor").asText(""), time(m.path("publishTime"), zone), zone,
                strings(m.path("channels")), strings(m.path("keywords")), series,
                m.path("internalNote").asText(""), time(m.path("embargoUntil"), zone));
        List<Speaker> speakers = new ArrayList<>();
        for (JsonNode s : n.path("speakers")) {
            speakers.add(new Speaker(s.path("key").asText(), s.path("label").asText(),
                    s.path("fullName").asText(), s.path("title").asText(),
                    SpeakerRole.valueOf(s.path("role").asText("other").toUpperCase(Locale.ROOT))));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (JsonNode p : n.path("paragraphs")) {
            List<Span> spans = new ArrayList<>();
            for (JsonNode sp : p.path("spans")) {
                Set<SpanStyle> styles = EnumSet.noneOf(SpanStyle.class);
                for (JsonNode st : sp.path("styles")) {
                    styles.add(SpanStyle.valueOf(st.asText().toUpperCase(Locale.ROOT)));
                }
                spans.add(new Span(sp.path("text").asText(), styles, millis(sp.path("timeMs"))));
            }
            String speaker = p.path("speaker").isNull() || p.path("speaker").isMissingNode()
                    ? null : p.path("speaker").asText();
            paragraphs.add(new Paragraph(p.path("id").asText(Paragraph.newId()), speaker, spans,
                    millis(p.path("startMs"))));
        }
        return new Story(UUID.fromString(n.path("id").asText()), n.path("slug").asText(),
                Status.valueOf(n.path("status").asText("draft").toUpperCase(Locale.ROOT)), metadata,
                speakers, paragraphs, n.path("revision").asInt(), n.path("version").asLong(),
                parseInstant(n.path("createdAt")), parseInstant(n.path("updatedAt")));
    }

    /** A metadata document's series as the story reads it: null unless {@code sn} is an object. */
    public static Series series(JsonNode sn) {
        return sn.isObject()
                ? new Series(sn.path("id").asText(), sn.path("name").asText(), sn.path("part").asInt(),
                        sn.path("total").isNull() || sn.path("total").isMissingNode() ? null : sn.path("total").asInt())
                : null;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static void putTime(ObjectNode n, String field, ZonedDateTime t) {
        if (t == null) {
            n.putNull(field);
        } else {
            n.put(field, t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
    }

    private static ZonedDateTime time(JsonNode node, ZoneId zone) {
        if (node.isNull() || node.isMissingNode() || node.asText().isEmpty()) {
            return null;
        }
        return OffsetDateTime.parse(node.asText()).atZoneSameInstant(zone);
    }

    private static void putMillis(ObjectNode n, String field, java.time.Duration d) {
        if (d == null) {
            n.putNull(field);
        } else {
            n.put(field, d.toMillis());
        }
    }

    private static java.time.Duration millis(JsonNode node) {
        return node.canConvertToLong() && node.isIntegralNumber() ? java.time.Duration.ofMillis(node.asLong()) : null;
    }

    private static String instant(Instant i) {
        return i == null ? null : i.toString();
    }

    private static Instant parseInstant(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : Instant.parse(node.asText());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
