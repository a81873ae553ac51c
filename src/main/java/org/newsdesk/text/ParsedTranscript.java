package org.newsdesk.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Speaker;

/**
 * Paragraphs with their speakers, as the parser found them.
 *
 * @param roster     the roster: the existing speakers first, then the new ones in order of
 *                   first appearance
 * @param paragraphs the paragraphs, none longer than {@link SentenceSplitter#MAX_PARAGRAPH_LENGTH}
 * @param split      how many long paragraphs were split at sentence ends
 * @param notes      the guesses the parser made, in source order
 */
public record ParsedTranscript(List<Speaker> roster, List<Paragraph> paragraphs, int split, List<ParseNote> notes) {

    public ParsedTranscript {
        roster = List.copyOf(roster);
        paragraphs = List.copyOf(paragraphs);
        notes = List.copyOf(notes);
    }

    public ParsedTranscript(List<Speaker> roster, List<Paragraph> paragraphs, int split) {
        this(roster, paragraphs, split, List.of());
    }

    /** Paragraphs per speaker key, every roster entry included (0 when it has none). */
    public Map<String, Integer> paragraphCounts() {
        return countParagraphs(roster, paragraphs);
    }

    public static Map<String, Integer> countParagraphs(List<Speaker> roster, List<Paragraph> paragraphs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        roster.forEach(s -> counts.put(s.key(), 0));
        for (Paragraph p : paragraphs) {
            if (p.speakerKey() != null) {
                counts.merge(p.speakerKey(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
