package org.newsdesk.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Speaker;

/**
 * The last bound on a story's size after the parse: a text whose turns were all written on
 * one line, or a page of hundreds of thousands of tiny blocks, still parses into as many
 * paragraphs. Past {@link #MAX_PARAGRAPHS} of them, runs of short paragraphs are packed
 * into one of up to {@link DenseLines#PACK_CHARS} characters, the first one's speaker
 * keeping it and each later change of speaker written as its label (乙：) in the text, so
 * the text reads as before. Long paragraphs are never touched.
 */
final class ParagraphPacking {

    /** More paragraphs than this and short ones are packed. */
    static final int MAX_PARAGRAPHS = 100_000;

    /** The paragraphs, and how many were packed into how many. */
    record Packed(List<Paragraph> paragraphs, int packedParagraphs, int packs) {
    }

    private ParagraphPacking() {
    }

    static Packed packIfNeeded(List<Paragraph> paragraphs, List<Speaker> roster) {
        if (paragraphs.size() <= MAX_PARAGRAPHS) {
            return new Packed(paragraphs, 0, 0);
        }
        Map<String, String> labels = new HashMap<>();
        roster.forEach(s -> labels.put(s.key(), s.label()));
        List<Paragraph> out = new ArrayList<>(paragraphs.size() / 4);
        int packedParagraphs = 0;
        int packs = 0;
        int i = 0;
        while (i < paragraphs.size()) {
            Paragraph first = paragraphs.get(i);
            int length = first.text().length();
            if (length > DenseLines.SHORT_LINE) {
                out.add(first);
                i++;
                continue;
            }
            List<Span> spans = new ArrayList<>(first.spans());
            String previous = first.speakerKey();
            int j = i + 1;
            while (j < paragraphs.size() && length < DenseLines.PACK_CHARS) {
                Paragraph next = paragraphs.get(j);
                int nextLength = next.text().length();
                if (nextLength > DenseLines.SHORT_LINE) {
                    break;
                }
                String key = next.speakerKey();
                String joint = key != null && !key.equals(previous) ? " " + labels.getOrDefault(key, key) + "：" : " ";
                spans.add(Span.plain(joint));
                spans.addAll(next.spans());
                length += joint.length() + nextLength;
                previous = key == null ? previous : key;
                j++;
            }
            if (j - i > 1) {
                packedParagraphs += j - i;
                packs++;
                out.add(new Paragraph(first.id(), first.speakerKey(), spans, first.start()));
            } else {
                out.add(first);
            }
            i = j;
        }
        return new Packed(out, packedParagraphs, packs);
    }
}
