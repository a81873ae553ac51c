package org.newsdesk.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdesk.model.Paragraph;

/**
 * Character counts of a transcript, in total and per speaker, counted the newsroom way
 * ({@link CharacterCount}).
 *
 * @param characters total characters
 * @param paragraphs number of paragraphs
 * @param bySpeaker  characters per speaker key, in order of first appearance (narration left out)
 */
public record TranscriptCounts(int characters, int paragraphs, Map<String, Integer> bySpeaker) {

    public static TranscriptCounts of(List<Paragraph> transcript) {
        int total = 0;
        Map<String, Integer> bySpeaker = new LinkedHashMap<>();
        for (Paragraph p : transcript) {
            int n = CharacterCount.of(p.text());
            total += n;
            if (p.speakerKey() != null) {
                bySpeaker.merge(p.speakerKey(), n, Integer::sum);
            }
        }
        return new TranscriptCounts(total, transcript.size(), Map.copyOf(bySpeaker));
    }

    /** This speaker's share of all characters, in whole percent. */
    public int percentOf(String speakerKey) {
        Integer n = bySpeaker.get(speakerKey);
        return n == null || characters == 0 ? 0 : (int) Math.round(100.0 * n / characters);
    }
}
