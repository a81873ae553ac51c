package org.newsdesk.workflow.revisions;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsdesk.model.Metadata;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;
import org.newsdesk.model.Story;

/**
 * What changed between two versions of a story: metadata fields, roster entries and
 * paragraphs, each text compared character by character (Chinese has no spaces between
 * words, so a word-level diff would mark whole sentences). Paragraphs are matched by their
 * ids, which survive edits, so a moved or re-spoken paragraph is one change, not two.
 */
public final class RevisionDiff {

    /** A run of text that is the same in both, only in the old one, or only in the new one. */
    public enum Kind { SAME, DELETED, INSERTED }

    public record Piece(Kind kind, String text) {
    }

    /** A field whose value differs: {@code pieces} is the character diff of the two values. */
    public record FieldChange(String field, String before, String after, List<Piece> pieces) {
    }

    /** A roster entry added, removed or changed (label, name, title or role). */
    public record SpeakerChange(String key, Speaker before, Speaker after) {
    }

    /**
     * A paragraph added ({@code before} null), removed ({@code after} null) or changed.
     *
     * @param index         its position in the newer version (in the older one when removed), from 1
     * @param speakerBefore the label of its speaker before ("" for narration), null when added
     * @param speakerAfter  the label after, null when removed
     */
    public record ParagraphChange(int index, String speakerBefore, String speakerAfter, String before, String after,
                                  List<Piece> pieces) {
        public boolean speakerChanged() {
            return speakerBefore != null && speakerAfter != null && !speakerBefore.equals(speakerAfter);
        }
    }

    public record Result(List<FieldChange> metadata, List<SpeakerChange> speakers, List<ParagraphChange> paragraphs) {
        public boolean isEmpty() {
            return metadata.isEmpty() && speakers.isEmpty() && paragraphs.isEmpty();
        }
    }

    private RevisionDiff() {
    }

    public static Result between(Story older, Story newer) {
        return new Result(metadata(older, newer), speakers(older, newer), paragraphs(older, newer));
    }

    /** The character diff of two texts, adjacent pieces of one kind merged. */
    public static List<Piece> characters(String before, String after) {
        List<String> a = codePoints(before);
        List<String> b = codePoints(after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int from = d.getSource().getPosition();
            add(pieces, Kind.SAME, String.join("", a.subList(at, from)));
            if (d.getType() != DeltaType.INSERT) {
                add(pieces, Kind.DELETED, String.join("", d.getSource().getLines()));
            }
            if (d.getType() != DeltaType.DELETE) {
                add(pieces, Kind.INSERTED, String.join("", d.getTarget().getLines()));
            }
            at = from + d.getSource().size();
        }
        add(pieces, Kind.SAME, String.join("", a.subList(at, a.size())));
        return pieces;
    }

    private static List<FieldChange> metadata(Story older, Story newer) {
        Map<String, String> a = fields(older);
        Map<String, String> b = fields(newer);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : a.keySet()) {
            if (!a.get(field).equals(b.get(field))) {
                changes.add(new FieldChange(field, a.get(field), b.get(field), characters(a.get(field), b.get(field))));
            }
        }
        return changes;
    }

    /** The compared fields by their command-line names (those `meta --set` takes). */
    private static Map<String, String> fields(Story s) {
        Metadata m = s.metadata();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("headline", m.headline());
        f.put("kicker", m.kicker());
        f.put("subtitle", m.subtitle());
        f.put("summary", m.summary());
        f.put("source", m.source());
        f.put("authors", String.join("、", m.authors()));
        f.put("editor", m.editor());
        f.put("publishTime", m.publishTime() == null ? "" : m.publishTime().toLocalDateTime().toString().replace('T', ' '));
        f.put("timeZone", m.timeZone() == null ? "" : m.timeZone().getId());
        f.put("channels", String.join("、", m.channels()));
        f.put("keywords", String.join("、", m.keywords()));
        f.put("series", m.series() == null ? "" : m.series().name() + " (" + m.series().part()
                + (m.series().total() == null ? "" : "/" + m.series().total()) + ")");
        f.put("embargoUntil", m.embargoUntil() == null ? "" : m.embargoUntil().toLocalDateTime().toString().replace('T', ' '));
        f.put("slug", s.slug());
        return f;
    }

    private static List<SpeakerChange> speakers(Story older, Story newer) {
        List<SpeakerChange> changes = new ArrayList<>();
        for (Speaker was : older.speakers()) {
            Speaker now = newer.speaker(was.key());
            if (!was.equals(now)) {
                changes.add(new SpeakerChange(was.key(), was, now));
            }
        }
        for (Speaker now : newer.speakers()) {
            if (older.speaker(now.key()) == null) {
                changes.add(new SpeakerChange(now.key(), null, now));
            }
        }
        return changes;
    }

    private static List<ParagraphChange> paragraphs(Story older, Story newer) {
        List<String> a = older.paragraphs().stream().map(Paragraph::id).toList();
        List<String> b = newer.paragraphs().stream().map(Paragraph::id).toList();
        List<ParagraphChange> changes = new ArrayList<>();
        int at = 0;
        int atNew = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int from = d.getSource().getPosition();
            // the paragraphs both have before this change: compare them one by one
            for (; at < from; at++, atNew++) {
                changed(older, newer, at, atNew).ifPresent(changes::add);
            }
            for (int i = 0; i < d.getSource().size(); i++) {
                Paragraph p = older.paragraphs().get(from + i);
                changes.add(new ParagraphChange(from + i + 1, label(older, p), null, p.text(), null,
                        List.of(new Piece(Kind.DELETED, p.text()))));
            }
            int to = d.getTarget().getPosition();
            for (int i = 0; i < d.getTarget().size(); i++) {
                Paragraph p = newer.paragraphs().get(to + i);
                changes.add(new ParagraphChange(to + i + 1, null, label(newer, p), null, p.text(),
                        List.of(new Piece(Kind.INSERTED, p.text()))));
            }
            at = from + d.getSource().size();
            atNew = to + d.getTarget().size();
        }
        for (; at < a.size(); at++, atNew++) {
            changed(older, newer, at, atNew).ifPresent(changes::add);
        }
        return changes;
    }

    private static java.util.Optional<ParagraphChange> changed(Story older, Story newer, int at, int atNew) {
        Paragraph was = older.paragraphs().get(at);
        Paragraph now = newer.paragraphs().get(atNew);
        String before = label(older, was);
        String after = label(newer, now);
        if (was.text().equals(now.text()) && before.equals(after)
                && Objects.equals(was.speakerKey(), now.speakerKey())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ParagraphChange(atNew + 1, before, after, was.text(), now.text(),
                characters(was.text(), now.text())));
    }

    private static String label(Story s, Paragraph p) {
        if (p.speakerKey() == null) {
            return "";
        }
        Speaker sp = s.speaker(p.speakerKey());
        return sp == null ? p.speakerKey() : sp.label();
    }

    private static List<String> codePoints(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }

    private static void add(List<Piece> pieces, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).kind() == kind) {
            Piece last = pieces.remove(pieces.size() - 1);
            pieces.add(new Piece(kind, last.text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }
}
