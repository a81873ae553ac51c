package org.newsdesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a transcript, so a save rewrites only the
 * paragraphs that changed. Paragraphs outside the changed middle keep their ids;
 * changed ones keep the id of the paragraph they replace where they pair up.
 *
 * @param result   the new transcript, every paragraph with its id
 * @param updated  paragraphs whose content changed (same id as before)
 * @param inserted new paragraphs, each with the id of the paragraph before it (null = first)
 * @param deleted  ids of paragraphs that are gone
 */
public record TranscriptEdit(
        List<Paragraph> result,
        List<Paragraph> updated,
        List<Insertion> inserted,
        List<String> deleted) {

    /** A new paragraph placed after {@code afterId} and before {@code beforeId} (null = end). */
    public record Insertion(Paragraph paragraph, String afterId, String beforeId) {
    }

    public boolean isEmpty() {
        return updated.isEmpty() && inserted.isEmpty() && deleted.isEmpty();
    }

    /**
     * Compares the saved transcript with the current one (whose ids may be unknown)
     * by content: the common head and tail are untouched, the differing middle is
     * paired up in order, and what is left over is inserted or deleted.
     */
    public static TranscriptEdit between(List<Paragraph> saved, List<Paragraph> current) {
        int head = 0;
        int max = Math.min(saved.size(), current.size());
        while (head < max && saved.get(head).sameContentAs(current.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < max - head
                && saved.get(saved.size() - 1 - tail).sameContentAs(current.get(current.size() - 1 - tail))) {
            tail++;
        }
        List<Paragraph> oldMiddle = saved.subList(head, saved.size() - tail);
        List<Paragraph> newMiddle = current.subList(head, current.size() - tail);

        List<Paragraph> result = new ArrayList<>(current.size());
        result.addAll(saved.subList(0, head));
        List<Paragraph> updated = new ArrayList<>();
        List<Insertion> inserted = new ArrayList<>();
        List<String> deleted = new ArrayList<>();

        int paired = Math.min(oldMiddle.size(), newMiddle.size());
        for (int i = 0; i < paired; i++) {
            Paragraph kept = newMiddle.get(i).withId(oldMiddle.get(i).id());
            result.add(kept);
            if (!kept.sameContentAs(oldMiddle.get(i))) {
                updated.add(kept);
            }
        }
        String beforeId = tail > 0 ? saved.get(saved.size() - tail).id() : null;
        for (int i = paired; i < newMiddle.size(); i++) {
            Paragraph fresh = newMiddle.get(i).withId(Paragraph.newId());
            String afterId = result.isEmpty() ? null : result.get(result.size() - 1).id();
            inserted.add(new Insertion(fresh, afterId, beforeId));
            result.add(fresh);
        }
        for (int i = paired; i < oldMiddle.size(); i++) {
            deleted.add(oldMiddle.get(i).id());
        }
        result.addAll(saved.subList(saved.size() - tail, saved.size()));
        return new TranscriptEdit(List.copyOf(result), List.copyOf(updated), List.copyOf(inserted),
                List.copyOf(deleted));
    }
}
