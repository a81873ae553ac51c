package org.newsdesk.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.Speaker;

/**
 * Builds a transcript from paragraphs of text: who speaks in each, and the roster. The
 * editor's paste and every importer use it, so a transcript reads the same whichever way
 * it came in.
 * <ul>
 * <li>A paragraph that starts with a label ({@link SpeakerLabelDetector}) starts a turn;
 *     its text without the label becomes the turn's first paragraph (a label on a line of
 *     its own gives no paragraph: the next lines are the turn).</li>
 * <li>Unlabelled paragraphs continue the current turn; before the first label they are
 *     narration.</li>
 * <li>Stage notes such as (現場) are narration and the turn goes on after them; headings
 *     (以下是訪談文字實錄, a Word heading) are narration and end the turn.</li>
 * <li>A name-like label counts when it recurs in the document, when the roster already
 *     knows it, or when somebody has already spoken; role words always count.</li>
 * <li>Paragraphs longer than {@link SentenceSplitter#MAX_PARAGRAPH_LENGTH} are split at
 *     sentence ends, every piece with the same speaker.</li>
 * </ul>
 * One paragraph per non-blank line: Chinese transcripts are not hard-wrapped.
 */
public final class TranscriptParser {

    /** Called every {@link #CHECK_EVERY} paragraphs; may throw to stop the parse (cancel). */
    @FunctionalInterface
    public interface Checkpoint {
        void reached(int done, int total);

        Checkpoint NONE = (done, total) -> { };
    }

    static final int CHECK_EVERY = 2_048;

    private final SpeakerLabelDetector detector = new SpeakerLabelDetector();

    /** The editor's paste: {@code text} split into lines, speakers matched against the story's roster. */
    public ParsedTranscript parse(String text, List<Speaker> existingRoster) {
        List<SourceParagraph> lines = new ArrayList<>();
        text.lines().forEach(line -> lines.add(SourceParagraph.plain(line)));
        return parse(lines, existingRoster, Checkpoint.NONE);
    }

    public ParsedTranscript parse(List<SourceParagraph> source, List<Speaker> existingRoster, Checkpoint checkpoint) {
        int n = source.size();
        String[] texts = new String[n];
        SpeakerLabelDetector.LabelMatch[] candidates = new SpeakerLabelDetector.LabelMatch[n];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            texts[i] = source.get(i).text();
            if (!source.get(i).heading()) {
                candidates[i] = detector.candidate(texts[i]);
                if (candidates[i] != null && candidates[i].roleWord() == null) {
                    seen.merge(candidates[i].label(), 1, Integer::sum);
                }
            }
            if (i % CHECK_EVERY == 0) {
                checkpoint.reached(i / 2, n);
            }
        }
        Set<String> known = new HashSet<>();
        existingRoster.forEach(s -> known.add(s.label()));
        seen.forEach((label, count) -> {
            if (count >= 2 && SpeakerLabelDetector.looksLikeName(label)) {
                known.add(label);
            }
        });
        return build(source, texts, candidates, known, new RosterBuilder(existingRoster), checkpoint);
    }

    private ParsedTranscript build(List<SourceParagraph> source, String[] texts,
                                   SpeakerLabelDetector.LabelMatch[] candidates, Set<String> known,
                                   RosterBuilder roster, Checkpoint checkpoint) {
        int n = texts.length;
        ParagraphIds ids = new ParagraphIds();
        List<Paragraph> out = new ArrayList<>(n);
        int[] split = {0};
        String current = null;
        boolean anySpeaker = false;
        for (int i = 0; i < n; i++) {
            if (i % CHECK_EVERY == 0) {
                checkpoint.reached(n / 2 + i / 2, n);
            }
            String text = texts[i];
            int start = SpeakerLabelDetector.skipSpace(text, 0);
            int end = trimmedEnd(text);
            if (start >= end) {
                continue;
            }
            List<Span> spans = source.get(i).spans();
            if (source.get(i).heading()) {
                add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
                current = null;
                continue;
            }
            SpeakerLabelDetector.LabelMatch m = candidates[i];
            if (m != null && detector.accepts(m, known, anySpeaker)) {
                current = roster.keyFor(m);
                known.add(m.label());
                anySpeaker = true;
                if (m.textStart() < end) {
                    add(out, ids, current, SentenceSplitter.slice(spans, m.textStart(), end), split);
                }
                continue;
            }
            // most lines are neither: look at their ends before copying the trimmed text
            boolean noteShaped = end - start <= 40 && NarrationRules.mayBeNarration(text.charAt(start), text.charAt(end - 1));
            String trimmed = noteShaped ? text.substring(start, end) : null;
            if (noteShaped && NarrationRules.isStageNote(trimmed)) {
                add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
            } else if (noteShaped && NarrationRules.isHeading(trimmed)) {
                add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
                current = null;
            } else {
                add(out, ids, current, SentenceSplitter.slice(spans, start, end), split);
            }
        }
        checkpoint.reached(n, n);
        return new ParsedTranscript(roster.roster(), out, split[0]);
    }

    private static void add(List<Paragraph> out, ParagraphIds ids, String speaker, List<Span> spans, int[] split) {
        String text = SentenceSplitter.textOf(spans);
        if (text.length() <= SentenceSplitter.MAX_PARAGRAPH_LENGTH) {
            out.add(new Paragraph(ids.next(), speaker, spans));
            return;
        }
        split[0]++;
        for (List<Span> piece : SentenceSplitter.split(spans, SentenceSplitter.MAX_PARAGRAPH_LENGTH)) {
            out.add(new Paragraph(ids.next(), speaker, piece));
        }
    }

    private static int trimmedEnd(String text) {
        int end = text.length();
        while (end > 0 && (SpeakerLabelDetector.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
