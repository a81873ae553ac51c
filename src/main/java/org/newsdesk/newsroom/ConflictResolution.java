package org.newsdesk.newsroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Story;
import org.newsdesk.model.TranscriptEdit;
import org.newsdesk.store.NewsroomReplica;
import org.newsdesk.store.Store;

/**
 * Closes a story's open newsroom conflicts with the editor's choice: mine (what the merge kept),
 * theirs (the colleague's paragraph), or a text the editor wrote from both. The result is a local
 * save like any other, so the next sync pushes it. Field conflicts keep mine (their values stay
 * in the story's history on the server).
 */
public final class ConflictResolution {

    /** Which version a conflict is closed with. */
    public enum Take { MINE, THEIRS }

    /** One open conflict as the merge view shows it: texts of base, mine and theirs (null: absent). */
    public record Open(String item, String paragraphId, String base, String mine, String theirs) {
        public boolean paragraph() {
            return paragraphId != null;
        }
    }

    private static final String METADATA_FIELD = "field:metadata.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;

    public ConflictResolution(Store store) {
        this.store = store;
    }

    /** The story's open conflicts. */
    public List<Open> open(UUID story) {
        List<Open> out = new ArrayList<>();
        for (NewsroomReplica.Conflict c : store.newsroom().conflicts(story)) {
            if (c.item().startsWith("paragraph:")) {
                out.add(new Open(c.item(), c.item().substring("paragraph:".length()), text(c.base()), text(c.mine()),
                        text(c.theirs())));
            } else {
                out.add(new Open(c.item(), null, c.base(), c.mine(), c.theirs()));
            }
        }
        return out;
    }

    /** Closes every open conflict of the story with one side. */
    public Story resolveAll(UUID story, Take take) {
        Story now = store.stories().get(story);
        for (NewsroomReplica.Conflict c : store.newsroom().conflicts(story)) {
            now = resolve(story, c, theirParagraph(c, take), take);
        }
        return now;
    }

    /** Closes one paragraph conflict with the text the editor wrote (plain text). */
    public Story resolveWith(UUID story, String item, String edited) {
        NewsroomReplica.Conflict c = store.newsroom().conflicts(story).stream().filter(x -> x.item().equals(item))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no open conflict " + item));
        Paragraph mine = ServerCodec.paragraphFromJson(c.mine());
        Paragraph theirs = ServerCodec.paragraphFromJson(c.theirs());
        Paragraph shape = mine != null ? mine : theirs;
        Paragraph result = new Paragraph(shape.id(), shape.speakerKey(), List.of(Span.plain(edited)), shape.start());
        return resolve(story, c, result, null);
    }

    /** Closes one conflict with one side. */
    public Story resolve(UUID story, String item, Take take) {
        NewsroomReplica.Conflict c = store.newsroom().conflicts(story).stream().filter(x -> x.item().equals(item))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no open conflict " + item));
        return resolve(story, c, theirParagraph(c, take), take);
    }

    /** {@code replacement}: the paragraph to put in place of mine (null: keep the story as it is). */
    private Story resolve(UUID story, NewsroomReplica.Conflict c, Paragraph replacement, Take take) {
        store.inOneTransaction(() -> {
            Story now = store.stories().get(story);
            if (c.item().startsWith("paragraph:") && (replacement != null || take == Take.THEIRS)) {
                String pid = c.item().substring("paragraph:".length());
                List<Paragraph> after = new ArrayList<>();
                boolean found = false;
                for (Paragraph p : now.paragraphs()) {
                    if (p.id().equals(pid)) {
                        found = true;
                        if (replacement != null) {
                            after.add(replacement); // theirs deleted it: replacement null drops it
                        }
                    } else {
                        after.add(p);
                    }
                }
                if (!found && replacement != null) {
                    after.add(replacement);
                }
                TranscriptEdit edit = TranscriptEdit.between(now.paragraphs(), after);
                if (!edit.isEmpty()) {
                    store.stories().applyEdit(story, now.version(), edit);
                }
            }
            if (c.item().startsWith(METADATA_FIELD) && take == Take.THEIRS) {
                Metadata theirs = theirMetadata(now, c.item().substring(METADATA_FIELD.length()), c.theirs());
                if (!theirs.equals(now.metadata())) {
                    store.stories().updateMetadata(story, now.version(), theirs);
                }
            }
            store.newsroom().dropConflict(story, c.item());
        });
        return store.stories().get(story);
    }

    /**
     * The story's metadata with one field set to the server's value ({@code theirs} as a field
     * conflict keeps it: the text of a text field, JSON for the others, null when they removed it).
     */
    static Metadata theirMetadata(Story now, String field, String theirs) {
        ObjectNode n = StoryJson.toNode(now);
        ObjectNode metadata = (ObjectNode) n.path("metadata");
        JsonNode mine = metadata.get(field);
        if (theirs == null) {
            metadata.remove(field);
        } else if (mine == null || mine.isTextual() || mine.isNull()) {
            metadata.set(field, parsedOrText(theirs, mine));
        } else {
            metadata.set(field, parse(theirs));
        }
        return StoryJson.fromNode(n).metadata();
    }

    private static JsonNode parsedOrText(String theirs, JsonNode mine) {
        if (mine != null && mine.isTextual()) {
            return TextNode.valueOf(theirs);
        }
        try {
            JsonNode parsed = JSON.readTree(theirs);
            return parsed.isContainerNode() ? parsed : TextNode.valueOf(theirs);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(theirs);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a field value: " + json, e);
        }
    }

    /** Their paragraph when a paragraph conflict is closed with theirs; null otherwise. */
    private static Paragraph theirParagraph(NewsroomReplica.Conflict c, Take take) {
        return take == Take.THEIRS && c.item().startsWith("paragraph:") ? ServerCodec.paragraphFromJson(c.theirs()) : null;
    }

    private static String text(String paragraphJson) {
        Paragraph p = ServerCodec.paragraphFromJson(paragraphJson);
        return p == null ? null : p.text();
    }
}
