package org.newsdesk.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.newsdesk.Version;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;
import org.newsdesk.text.TranscriptCounts;

/**
 * {@code article.json}: the bundle described as an IPTC ninjs 3.3 news item.
 *
 * <p>ninjs forbids properties it does not define, so Newsdesk's own facts go where the
 * standard has room for them: each file of the bundle is a rendition whose
 * {@code extensions} carry its SHA-256 (and a page's language); the series is an
 * association with {@code rel} "isPartOf" and the part number in its {@code altIds};
 * the story id, revision, Newsdesk status and the Newsdesk version are {@code altIds}
 * with {@code newsdesk:} roles; the character count is the body's {@code charCount}
 * (the body's value stays empty: the transcript is the page, not a second copy here).
 */
public final class ManifestWriter {

    public static final String FILE_NAME = "article.json";
    static final String NINJS_VERSION = "3.3";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A page of the bundle and the language it is written in. */
    record Page(BundleFile file, String language, String headline) {
    }

    /**
     * @param story  the story as exported (in the primary page's script)
     * @param pages  the HTML pages, primary first
     * @param others the other files (assets), sorted
     */
    String write(Story story, List<Page> pages, List<BundleFile> others) {
        return write(story, pages, others, List.of());
    }

    /**
     * As above, with the page's correction notes (newest first, in the page's script): each is a
     * {@code descriptions} entry with role "correction" (the text shown on the page), and the
     * newest is also the item's {@code ednote}, so a portal that reads only that sees it.
     */
    String write(Story story, List<Page> pages, List<BundleFile> others, List<PageView.Correction> corrections) {
        Metadata m = story.metadata();
        ObjectNode n = MAPPER.createObjectNode();
        n.put("uri", "urn:newsdesk:story:" + story.id() + ":r" + story.revision());
        ObjectNode standard = n.putObject("standard");
        standard.put("name", "ninjs");
        standard.put("version", NINJS_VERSION);
        standard.put("schema", "http://www.iptc.org/std/ninjs/ninjs-schema_" + NINJS_VERSION + ".json#");
        n.put("type", "text");
        n.put("profile", "newsdesk-interview");
        n.put("version", Integer.toString(story.revision()));
        putInstant(n, "firstCreated", story.createdAt());
        putInstant(n, "versionCreated", story.updatedAt());
        if (m.embargoUntil() != null) {
            n.put("embargoedUntil", m.embargoUntil().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        n.put("pubStatus", pubStatus(story.status()));
        n.put("language", pages.get(0).language());
        n.put("slugline", story.slug());
        if (!m.authors().isEmpty()) {
            n.put("by", String.join(" ", m.authors()));
        }
        ArrayNode headlines = n.putArray("headlines");
        headlines.addObject().put("role", "main").put("value", pages.get(0).headline());
        if (!m.subtitle().isEmpty()) {
            headlines.addObject().put("role", "sub").put("value", m.subtitle());
        }
        if (!m.summary().isEmpty() || !corrections.isEmpty()) {
            ArrayNode descriptions = n.putArray("descriptions");
            if (!m.summary().isEmpty()) {
                descriptions.addObject().put("role", "summary").put("value", m.summary());
            }
            for (PageView.Correction c : corrections) {
                descriptions.addObject().put("role", "correction").put("contentType", "text/plain").put("value", c.note());
            }
        }
        if (!corrections.isEmpty()) {
            n.put("ednote", corrections.get(0).note());
        }
        ObjectNode body = n.putArray("bodies").addObject();
        body.put("role", "transcript");
        body.put("contentType", "text/html");
        body.put("charCount", TranscriptCounts.of(story.paragraphs()).characters());
        body.put("value", "");
        if (m.publishTime() != null) {
            n.put("contentCreated", JsonLd.iso(m));
        }
        ArrayNode people = n.putArray("people");
        for (String a : m.authors()) {
            people.addObject().put("name", a).put("rel", "author");
        }
        if (!m.editor().isEmpty()) {
            people.addObject().put("name", m.editor()).put("rel", "editor");
        }
        for (Speaker s : story.speakers()) {
            ObjectNode p = people.addObject();
            p.put("name", s.fullName().isBlank() ? s.label() : s.fullName());
            p.put("rel", "speaker:" + s.role().name().toLowerCase(Locale.ROOT));
            p.put("literal", s.label());
        }
        if (!m.source().isEmpty()) {
            n.putArray("infoSources").addObject().put("name", m.source()).put("role", "source");
        }
        if (!m.channels().isEmpty()) {
            // the portal channels (sections) the editor ticked, as ninjs subjects
            ArrayNode subjects = n.putArray("subjects");
            m.channels().forEach(c -> subjects.addObject().put("name", c).put("rel", "channel"));
        }
        if (!m.keywords().isEmpty()) {
            ArrayNode keywords = n.putArray("keywords");
            m.keywords().forEach(keywords::add);
        }
        if (m.series() != null) {
            ObjectNode series = n.putArray("associations").addObject();
            series.put("name", "series");
            series.put("rel", "isPartOf");
            series.put("uri", "urn:newsdesk:series:" + (m.series().id().isEmpty() ? "unnamed" : m.series().id()));
            if (!m.series().name().isEmpty()) {
                series.put("title", m.series().name());
            }
            ArrayNode ids = series.putArray("altIds");
            ids.addObject().put("role", "part").put("value", Integer.toString(m.series().part()));
            if (m.series().total() != null) {
                ids.addObject().put("role", "parts").put("value", Integer.toString(m.series().total()));
            }
        }
        ArrayNode altIds = n.putArray("altIds");
        altIds.addObject().put("role", "newsdesk:story").put("value", story.id().toString());
        altIds.addObject().put("role", "newsdesk:revision").put("value", Integer.toString(story.revision()));
        altIds.addObject().put("role", "newsdesk:status").put("value", story.status().name().toLowerCase(Locale.ROOT));
        altIds.addObject().put("role", "newsdesk:generator").put("value", "Newsdesk " + Version.current());
        ArrayNode renditions = n.putArray("renditions");
        for (Page page : pages) {
            ObjectNode r = rendition(renditions, "page-" + page.language(), page.file());
            ((ObjectNode) r.get("extensions")).put("language", page.language());
        }
        for (BundleFile f : others) {
            rendition(renditions, f.path(), f);
        }
        try {
            return MAPPER.writeValueAsString(n) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the manifest", e);
        }
    }

    private static ObjectNode rendition(ArrayNode renditions, String name, BundleFile f) {
        ObjectNode r = renditions.addObject();
        r.put("name", name);
        r.put("href", f.path());
        r.put("contentType", f.contentType());
        r.put("sizeInBytes", f.bytes().length);
        r.putObject("extensions").put("sha256", f.sha256());
        return r;
    }

    /** Withheld until the desk has passed it; withdrawn stories are canceled. */
    static String pubStatus(Status status) {
        return switch (status) {
            case READY, APPROVED, PUBLISHED -> "usable";
            case DRAFT -> "withheld";
            case WITHDRAWN -> "canceled";
        };
    }

    private static void putInstant(ObjectNode n, String field, Instant time) {
        if (time != null) {
            n.put(field, DateTimeFormatter.ISO_INSTANT.format(time));
        }
    }
}
