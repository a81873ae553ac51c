package org.newsdesk.newsroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.store.server.ServerParagraph;
import org.newsdesk.store.server.ServerStory;

/**
 * A story between its local form and the server's rows (metadata and roster as JSON documents,
 * paragraphs with their spans as JSON), and the base a workstation keeps per synced story: the
 * content both last agreed on with each paragraph's server version.
 */
final class ServerCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What both sides last agreed on: the story, the server's version of each paragraph, and whether it was in the trash. */
    record Base(Story story, Map<String, Long> paragraphVersions, boolean trashed) {
    }

    private ServerCodec() {
    }

    static ServerStory toServer(Story story, Map<String, Long> paragraphVersions) {
        ObjectNode n = StoryJson.toNode(story);
        List<ServerParagraph> paragraphs = new ArrayList<>();
        JsonNode pn = n.path("paragraphs");
        for (int i = 0; i < story.paragraphs().size(); i++) {
            Paragraph p = story.paragraphs().get(i);
            paragraphs.add(new ServerParagraph(p.id(), p.speakerKey(), p.text(), pn.get(i).path("spans").toString(),
                    p.start() == null ? null : p.start().toMillis(), paragraphVersions.getOrDefault(p.id(), 0L)));
        }
        return new ServerStory(story.id(), story.slug(), story.status().name().toLowerCase(Locale.ROOT),
                n.path("metadata").toString(), n.path("speakers").toString(), paragraphs, 0, 0, "");
    }

    /** The server's story in local form; {@code local} (may be null) lends its revision, version and times. */
    static Story fromServer(ServerStory s, Story local) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", s.id().toString());
        n.put("slug", s.slug());
        n.put("status", s.status());
        n.set("metadata", parse(s.metadataJson()));
        n.set("speakers", parse(s.rosterJson()));
        ArrayNode paragraphs = n.putArray("paragraphs");
        for (ServerParagraph p : s.paragraphs()) {
            ObjectNode pn = paragraphs.addObject();
            pn.put("id", p.id());
            if (p.speakerKey() == null) {
                pn.putNull("speaker");
            } else {
                pn.put("speaker", p.speakerKey());
            }
            if (p.startMs() != null) {
                pn.put("startMs", p.startMs());
            }
            pn.set("spans", parse(p.spansJson()));
        }
        Story story = StoryJson.fromNode(n);
        return local == null ? story
                : new Story(story.id(), story.slug(), story.status(), story.metadata(), story.speakers(), story.paragraphs(),
                        local.revision(), local.version(), local.createdAt(), local.updatedAt());
    }

    static Map<String, Long> versions(ServerStory s) {
        Map<String, Long> out = new HashMap<>();
        s.paragraphs().forEach(p -> out.put(p.id(), p.version()));
        return out;
    }

    static String baseSnapshot(ServerStory s) {
        return baseSnapshot(s, fromServer(s, null));
    }

    /** As {@link #baseSnapshot(ServerStory)}, with {@code story} already read from {@code s} by {@link #fromServer}. */
    static String baseSnapshot(ServerStory s, Story story) {
        ObjectNode n = JSON.createObjectNode();
        n.set("story", StoryJson.toNode(story));
        ObjectNode versions = n.putObject("paragraphVersions");
        s.paragraphs().forEach(p -> versions.put(p.id(), p.version()));
        n.put("trashed", s.trashed());
        return n.toString();
    }

    static Base readBase(String snapshot) {
        JsonNode n = parse(snapshot);
        Map<String, Long> versions = new HashMap<>();
        n.path("paragraphVersions").fields().forEachRemaining(e -> versions.put(e.getKey(), e.getValue().asLong()));
        return new Base(StoryJson.fromNode(n.path("story")), versions, n.path("trashed").asBoolean(false));
    }

    /** One paragraph as JSON (what a conflict keeps of each version); {@code null} stays null. */
    static String paragraphJson(Paragraph p) {
        if (p == null) {
            return null;
        }
        Story one = new Story(java.util.UUID.randomUUID(), "", null, null, null, List.of(p), 0, 0, null, null);
        return StoryJson.toNode(one).path("paragraphs").get(0).toString();
    }

    /** The paragraph {@link #paragraphJson} wrote; null stays null. */
    static Paragraph paragraphFromJson(String json) {
        if (json == null) {
            return null;
        }
        Story one = new Story(java.util.UUID.randomUUID(), "x", null, null, null, List.of(), 0, 0, null, null);
        ObjectNode n = StoryJson.toNode(one);
        n.putArray("paragraphs").add(parse(json));
        return StoryJson.fromNode(n).paragraphs().get(0);
    }

    /** Same slug, status, metadata, roster and transcript (versions and times aside). */
    static boolean sameContent(Story a, Story b) {
        return content(a).equals(content(b));
    }

    /**
     * The SHA-256 (hex) of what a revision's bundle is made of: slug, metadata, roster and
     * transcript, status aside (a published bundle says "published" whatever was kept). Equal
     * content on two workstations gives the same digest.
     */
    static String contentSha(Story s) {
        ObjectNode n = (ObjectNode) content(s);
        n.remove("status");
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(n.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static JsonNode content(Story s) {
        ObjectNode n = StoryJson.toNode(s);
        n.remove(List.of("revision", "version", "createdAt", "updatedAt"));
        return n;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a newsroom document: " + e.getOriginalMessage(), e);
        }
    }
}
