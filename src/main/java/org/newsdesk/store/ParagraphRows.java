package org.newsdesk.store;

import static org.newsdesk.store.jooq.Tables.PARAGRAPH;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.TranscriptEdit;

/**
 * A transcript edit written into paragraph rows: only the touched rows change. Rows are kept
 * in order by a sort key with gaps ({@link #ORD_GAP}), so an insertion between two paragraphs
 * rarely has to renumber the others.
 */
final class ParagraphRows {

    /** Distance between neighbouring paragraphs' sort keys, so inserts rarely renumber. */
    static final long ORD_GAP = 1L << 16;

    private ParagraphRows() {
    }

    /** Writes the edit inside {@code tx}'s transaction, as version {@code version} of the story. */
    static void apply(DSLContext tx, UUID id, long version, TranscriptEdit edit) {
        if (!edit.deleted().isEmpty()) {
            tx.deleteFrom(PARAGRAPH)
                    .where(PARAGRAPH.STORY_ID.eq(id), PARAGRAPH.ID.in(edit.deleted().stream().map(UUID::fromString).toList()))
                    .execute();
        }
        for (Paragraph p : edit.updated()) {
            int n = tx.update(PARAGRAPH)
                    .set(PARAGRAPH.SPEAKER_KEY, p.speakerKey())
                    .set(PARAGRAPH.BODY, p.text())
                    .set(PARAGRAPH.STYLE_RUNS, StyleRuns.encode(p.spans()))
                    .set(PARAGRAPH.START_MS, startMillis(p))
                    .set(PARAGRAPH.WRITTEN_VERSION, version)
                    .where(PARAGRAPH.ID.eq(UUID.fromString(p.id())), PARAGRAPH.STORY_ID.eq(id))
                    .execute();
            if (n != 1) {
                throw StoryRepository.stale(id);
            }
        }
        if (!edit.inserted().isEmpty()) {
            insertParagraphs(tx, id, version, edit);
        }
    }

    private static void insertParagraphs(DSLContext tx, UUID id, long version, TranscriptEdit edit) {
        List<TranscriptEdit.Insertion> ins = edit.inserted();
        // Insertions form one run between the same two neighbours (see TranscriptEdit.between).
        Long before = ordOf(tx, ins.get(0).beforeId());
        Long after = ordOf(tx, ins.get(0).afterId());
        int k = ins.size();
        long low;
        long step;
        if (before == null) {
            low = after == null ? 0 : after;
            step = ORD_GAP;
        } else {
            low = after == null ? before - (k + 1) * ORD_GAP : after;
            step = (before - low) / (k + 1);
        }
        if (step < 1) {
            renumber(tx, id, version, edit);
            return;
        }
        ParagraphBatch rows = new ParagraphBatch(id, version);
        for (int i = 0; i < k; i++) {
            rows.add(ins.get(i).paragraph(), low + (i + 1) * step);
        }
        rows.insert(tx);
    }

    /** No room between two sort keys: rewrite all keys from the edit's full result. */
    private static void renumber(DSLContext tx, UUID id, long version, TranscriptEdit edit) {
        Map<String, Paragraph> fresh = new HashMap<>();
        edit.inserted().forEach(i -> fresh.put(i.paragraph().id(), i.paragraph()));
        List<Paragraph> all = edit.result();
        ParagraphBatch rows = new ParagraphBatch(id, version);
        for (int i = 0; i < all.size(); i++) {
            Paragraph p = all.get(i);
            long ord = (i + 1) * ORD_GAP;
            if (fresh.containsKey(p.id())) {
                rows.add(p, ord);
            } else {
                tx.update(PARAGRAPH).set(PARAGRAPH.ORD, ord).where(PARAGRAPH.ID.eq(UUID.fromString(p.id()))).execute();
            }
        }
        rows.insert(tx);
    }

    private static Long ordOf(DSLContext tx, String paragraphId) {
        if (paragraphId == null) {
            return null;
        }
        return tx.select(PARAGRAPH.ORD).from(PARAGRAPH).where(PARAGRAPH.ID.eq(UUID.fromString(paragraphId)))
                .fetchOne(PARAGRAPH.ORD);
    }

    private static Long startMillis(Paragraph p) {
        return p.start() == null ? null : p.start().toMillis();
    }
}
