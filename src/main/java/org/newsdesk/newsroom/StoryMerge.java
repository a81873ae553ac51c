package org.newsdesk.newsroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.newsdesk.json.StoryJson;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Status;
import org.newsdesk.model.Story;

/**
 * Three-way merge of a whole story: paragraphs by id (inserted, deleted and moved on either
 * side, their text by {@link ParagraphMerge}), metadata fields one by one, roster entries by key
 * and field by field. A paragraph deleted on one side and changed on the other is kept with the
 * change. A metadata or roster field changed differently on both sides keeps this workstation's
 * value and records the server's in a {@link FieldConflict}; a paragraph whose edits overlap
 * keeps this workstation's text and records every version in a {@link ParagraphConflict}.
 */
public final class StoryMerge {

    private StoryMerge() {
    }

    /** One field (e.g. {@code metadata.headline}, {@code speakers.guest.title}) changed differently on both sides. */
    public record FieldConflict(String field, String base, String mine, String theirs) {
    }

    /** The merged story (mine where a conflict is open) and the open conflicts. */
    public record Result(Story story, List<ParagraphConflict> paragraphConflicts, List<FieldConflict> fieldConflicts) {
        public Result {
            paragraphConflicts = List.copyOf(paragraphConflicts);
            fieldConflicts = List.copyOf(fieldConflicts);
        }

        public boolean clean() {
            return paragraphConflicts.isEmpty() && fieldConflicts.isEmpty();
        }
    }

    public static Result merge(Story base, Story mine, Story theirs) {
        List<FieldConflict> fields = new ArrayList<>();
        ObjectNode b = StoryJson.toNode(base);
        ObjectNode m = StoryJson.toNode(mine);
        ObjectNode t = StoryJson.toNode(theirs);
        ObjectNode merged = m.deepCopy();
        merged.set("metadata", mergeObject("metadata", b.path("metadata"), m.path("metadata"), t.path("metadata"), fields));
        merged.set("speakers", mergeRoster(b.path("speakers"), m.path("speakers"), t.path("speakers"), fields));
        Story shape = StoryJson.fromNode(merged);

        String slug = pick("slug", base.slug(), mine.slug(), theirs.slug(), fields);
        Status status = pick("status", base.status(), mine.status(), theirs.status(), fields);
        List<ParagraphConflict> conflicts = new ArrayList<>();
        List<Paragraph> paragraphs = mergeParagraphs(base.paragraphs(), mine.paragraphs(), theirs.paragraphs(), conflicts);
        Story story = new Story(mine.id(), slug, status, shape.metadata(), shape.speakers(), paragraphs,
                mine.revision(), mine.version(), mine.createdAt(), mine.updatedAt());
        return new Result(story, conflicts, fields);
    }

    private static <T> T pick(String field, T base, T mine, T theirs, List<FieldConflict> conflicts) {
        ThreeWayMerge.Choice<T> c = ThreeWayMerge.choose(base, mine, theirs);
        if (c.conflict()) {
            conflicts.add(new FieldConflict(field, String.valueOf(base), String.valueOf(mine), String.valueOf(theirs)));
        }
        return c.value();
    }

    // ---------------------------------------------------------------- paragraphs

    static List<Paragraph> mergeParagraphs(List<Paragraph> base, List<Paragraph> mine, List<Paragraph> theirs,
                                           List<ParagraphConflict> conflicts) {
        Map<String, Paragraph> b = byId(base, Paragraph::id);
        Map<String, Paragraph> m = byId(mine, Paragraph::id);
        Map<String, Paragraph> t = byId(theirs, Paragraph::id);
        Set<String> keep = new LinkedHashSet<>();
        for (Paragraph p : base) {
            Paragraph mp = m.get(p.id());
            Paragraph tp = t.get(p.id());
            if ((mp == null && tp != null && !tp.sameContentAs(p)) || (tp == null && mp != null && !mp.sameContentAs(p))) {
                keep.add(p.id()); // deleted on one side, changed on the other: the change stays
            }
        }
        List<String> order = mergeOrder(ids(base, Paragraph::id), ids(mine, Paragraph::id), ids(theirs, Paragraph::id), keep);
        List<Paragraph> out = new ArrayList<>(order.size());
        for (String id : order) {
            Paragraph mp = m.get(id);
            Paragraph tp = t.get(id);
            if (mp != null && tp != null) {
                ParagraphMerge.Outcome o = ParagraphMerge.merge(b.get(id), mp, tp);
                if (o.clean()) {
                    out.add(o.paragraph());
                } else {
                    conflicts.add(o.conflict());
                    out.add(mp);
                }
            } else {
                out.add(mp != null ? mp : tp);
            }
        }
        return out;
    }

    /**
     * The merged order of ids: a three-way merge of the id sequences; where both sides reordered
     * the same stretch, mine's order then theirs'. An id survives when it is new on either side,
     * kept by both, or in {@code keep}; an id in {@code keep} that the merge dropped goes back
     * after its nearest surviving predecessor on the side that kept it.
     */
    static List<String> mergeOrder(List<String> base, List<String> mine, List<String> theirs, Set<String> keep) {
        ThreeWayMerge.Result<String> r = ThreeWayMerge.merge(base, mine, theirs);
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (ThreeWayMerge.Chunk<String> c : r.chunks()) {
            seen.addAll(c.mine());
            if (c.conflict()) {
                seen.addAll(c.theirs());
            }
        }
        Set<String> inBase = Set.copyOf(base);
        Set<String> inMine = Set.copyOf(mine);
        Set<String> inTheirs = Set.copyOf(theirs);
        List<String> out = new ArrayList<>();
        for (String id : seen) {
            boolean survives = inBase.contains(id) ? (inMine.contains(id) && inTheirs.contains(id)) || keep.contains(id)
                    : inMine.contains(id) || inTheirs.contains(id);
            if (survives) {
                out.add(id);
            }
        }
        for (String id : keep) {
            if (!out.contains(id)) {
                List<String> side = inMine.contains(id) ? mine : theirs;
                int at = 0;
                for (int i = side.indexOf(id) - 1; i >= 0; i--) {
                    int found = out.indexOf(side.get(i));
                    if (found >= 0) {
                        at = found + 1;
                        break;
                    }
                }
                out.add(at, id);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- metadata and roster

    private static ObjectNode mergeObject(String prefix, JsonNode base, JsonNode mine, JsonNode theirs,
                                          List<FieldConflict> conflicts) {
        ObjectNode out = mine.isObject() ? ((ObjectNode) mine).deepCopy() : StoryJson.newArray().objectNode();
        Set<String> names = new LinkedHashSet<>();
        List.of(base, mine, theirs).forEach(n -> n.fieldNames().forEachRemaining(names::add));
        for (String name : names) {
            JsonNode bv = base.get(name);
            JsonNode mv = mine.get(name);
            JsonNode tv = theirs.get(name);
            ThreeWayMerge.Choice<JsonNode> c = ThreeWayMerge.choose(bv, mv, tv);
            if (c.conflict()) {
                conflicts.add(new FieldConflict(prefix + "." + name, text(bv), text(mv), text(tv)));
            }
            if (c.value() == null) {
                out.remove(name);
            } else {
                out.set(name, c.value());
            }
        }
        return out;
    }

    private static ArrayNode mergeRoster(JsonNode base, JsonNode mine, JsonNode theirs, List<FieldConflict> conflicts) {
        Function<JsonNode, String> key = n -> n.path("key").asText();
        Map<String, JsonNode> b = byId(list(base), key);
        Map<String, JsonNode> m = byId(list(mine), key);
        Map<String, JsonNode> t = byId(list(theirs), key);
        Set<String> keep = new LinkedHashSet<>();
        b.forEach((k, v) -> {
            if ((m.get(k) == null && t.get(k) != null && !t.get(k).equals(v))
                    || (t.get(k) == null && m.get(k) != null && !m.get(k).equals(v))) {
                keep.add(k);
            }
        });
        List<String> order = mergeOrder(ids(list(base), key), ids(list(mine), key), ids(list(theirs), key), keep);
        ArrayNode out = StoryJson.newArray();
        for (String k : order) {
            JsonNode mv = m.get(k);
            JsonNode tv = t.get(k);
            if (mv != null && tv != null) {
                JsonNode bv = b.get(k);
                out.add(mergeObject("speakers." + k, bv == null ? out.objectNode() : bv, mv, tv, conflicts));
            } else {
                out.add(mv != null ? mv : tv);
            }
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            out.add(it.next());
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null ? null : n.isTextual() ? n.asText() : n.toString();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> out = new HashMap<>();
        items.forEach(i -> out.put(id.apply(i), i));
        return out;
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).filter(Objects::nonNull).toList();
    }
}
