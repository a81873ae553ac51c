package org.newsdesk.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Story;

/** The schema.org NewsArticle that goes into the page head as JSON-LD. */
final class JsonLd {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonLd() {
    }

    /**
     * @param m        the metadata, already in the page's script
     * @param headline the headline as the page shows it
     */
    static String newsArticle(Story story, Metadata m, String headline, String language) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("@context", "https://schema.org");
        n.put("@type", "NewsArticle");
        n.put("identifier", story.id().toString());
        n.put("headline", headline);
        if (!m.subtitle().isEmpty()) {
            n.put("alternativeHeadline", m.subtitle());
        }
        if (!m.kicker().isEmpty()) {
            n.put("articleSection", m.kicker());
        }
        if (!m.summary().isEmpty()) {
            n.put("description", m.summary());
        }
        n.put("inLanguage", language);
        if (m.publishTime() != null) {
            n.put("datePublished", iso(m));
        }
        ArrayNode authors = n.putArray("author");
        for (String a : m.authors()) {
            authors.addObject().put("@type", "Person").put("name", a);
        }
        if (!m.editor().isEmpty()) {
            n.putObject("editor").put("@type", "Person").put("name", m.editor());
        }
        if (!m.source().isEmpty()) {
            n.putObject("publisher").put("@type", "Organization").put("name", m.source());
            n.putObject("sourceOrganization").put("@type", "Organization").put("name", m.source());
        }
        if (!m.keywords().isEmpty()) {
            n.put("keywords", String.join(",", m.keywords()));
        }
        if (m.series() != null) {
            ObjectNode series = n.putObject("isPartOf");
            series.put("@type", "CreativeWorkSeries");
            if (!m.series().name().isEmpty()) {
                series.put("name", m.series().name());
            }
            if (!m.series().id().isEmpty()) {
                series.put("identifier", m.series().id());
            }
            n.put("position", m.series().part());
        }
        try {
            return safeForScriptElement(MAPPER.writeValueAsString(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise JSON-LD", e);
        }
    }

    static String iso(Metadata m) {
        return m.publishTime().truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * JSON that cannot end or confuse the {@code <script>} element holding it: no
     * {@code <} (so no {@code </script>} or {@code <!--}), no {@code >} (no {@code -->}),
     * no {@code &}, and no U+2028/U+2029 (line ends to older JavaScript parsers). Each is
     * written as a JSON unicode escape, which reads back as the same string. These
     * characters can only occur inside JSON strings, so the replacement is safe.
     */
    static String safeForScriptElement(String json) {
        StringBuilder sb = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String escape = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escape != null) {
                if (sb == null) {
                    sb = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                sb.append(escape);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? json : sb.toString();
    }
}
