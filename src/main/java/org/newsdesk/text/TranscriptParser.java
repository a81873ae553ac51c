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
import org.newsdesk.model.SpeakerRole;

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

    /**
     * How one parse runs.
     *
     * @param splitInline cut lines that hold several turns into turns (off for a file already
     *                    laid out one line per turn whose short lines were packed together)
     * @param declined    guesses the editor took back: a note this returns true for is not made,
     *                    and its line is read as an ordinary line
     */
    public record Options(boolean splitInline, java.util.function.Predicate<ParseNote> declined) {

        public static final Options DEFAULT = new Options(true, n -> false);

        public Options {
            declined = declined == null ? n -> false : declined;
        }
    }

    private final SpeakerLabelDetector detector = new SpeakerLabelDetector();

    /** The editor's paste: {@code text} split into lines, speakers matched against the story's roster. */
    public ParsedTranscript parse(String text, List<Speaker> existingRoster) {
        List<SourceParagraph> lines = new ArrayList<>();
        text.lines().forEach(line -> lines.add(SourceParagraph.plain(line, lines.size() + 1)));
        return parse(lines, existingRoster, Checkpoint.NONE);
    }

    public ParsedTranscript parse(List<SourceParagraph> original, List<Speaker> existingRoster, Checkpoint checkpoint) {
        return parse(original, existingRoster, checkpoint, Options.DEFAULT);
    }

    public ParsedTranscript parse(List<SourceParagraph> original, List<Speaker> existingRoster, Checkpoint checkpoint,
                                  Options options) {
        List<ParseNote> notes = new ArrayList<>();
        SpeakerLabelDetector.LabelMatch[] heads = new SpeakerLabelDetector.LabelMatch[original.size()];
        // one per parse: classifies each distinct label once, and the parser stays thread-safe
        SpeakerLabelDetector labels = SpeakerLabelDetector.caching();
        List<SourceParagraph> source = options.splitInline()
                ? splitInlineTurns(original, existingRoster, notes, heads, labels, options.declined()) : original;
        boolean reuse = source == original;
        int n = source.size();
        String[] texts = new String[n];
        SpeakerLabelDetector.LabelMatch[] candidates = new SpeakerLabelDetector.LabelMatch[n];
        Map<String, int[]> seen = new HashMap<>();
        Set<String> people = new HashSet<>();
        for (int i = 0; i < n; i++) {
            texts[i] = source.get(i).text();
            if (!source.get(i).heading()) {
                candidates[i] = reuse && options.splitInline() ? heads[i] : labels.candidate(texts[i]);
                SpeakerLabelDetector.LabelMatch m = candidates[i];
                if (m != null && m.kind() != SpeakerLabelDetector.Kind.ROLE && m.kind() != SpeakerLabelDetector.Kind.NETIZEN) {
                    seen.computeIfAbsent(m.identity(), k -> new int[1])[0]++;
                    if (!m.bracketed() && isPerson(m)) {
                        people.add(m.identity());
                    }
                }
            }
            if (i % CHECK_EVERY == 0) {
                checkpoint.reached(i / 2, n);
            }
        }
        Set<String> known = new HashSet<>();
        existingRoster.forEach(s -> {
            known.add(s.label());
            if (!s.fullName().isEmpty()) {
                known.add(s.fullName());
            }
        });
        seen.forEach((identity, count) -> {
            if (count[0] >= 2 && !LabelNames.isField(identity)
                    && (LabelNames.looksLikeName(identity) || identity.length() <= 20)) {
                known.add(identity);
            }
        });
        // a page laid out as turns between people named by name or title: two or more of
        // them at line starts are speakers even when each speaks once
        if (people.size() >= 2) {
            int first = -1;
            int firstRole = -1;
            for (int i = 0; i < n && first < 0; i++) {
                if (candidates[i] != null && people.contains(candidates[i].identity()) && !known.contains(candidates[i].identity())) {
                    first = i;
                } else if (firstRole < 0 && candidates[i] != null && (candidates[i].kind() == SpeakerLabelDetector.Kind.ROLE
                        || candidates[i].kind() == SpeakerLabelDetector.Kind.NETIZEN
                        || known.contains(candidates[i].identity()))) {
                    firstRole = i;
                }
            }
            ParseNote accepted = new ParseNote(ParseNote.Kind.NAME_LABELS_ACCEPTED,
                    first >= 0 ? source.get(first).line() : 0, String.join("、", people.stream().sorted().toList()), true);
            if (!options.declined().test(accepted)) {
                // a guess only when nobody spoke before them: after a role word or a known label they count anyway
                if (first >= 0 && firstRole < 0) {
                    notes.add(accepted);
                }
                known.addAll(people);
            }
        }
        return build(source, texts, candidates, known, new RosterBuilder(existingRoster, notes, options.declined()),
                checkpoint, notes, options.declined());
    }

    private static boolean isPerson(SpeakerLabelDetector.LabelMatch m) {
        return switch (m.kind()) {
            case NAME -> LabelNames.looksLikeName(m.label());
            case TITLED_NAME, OUTLET -> true;
            default -> false;
        };
    }

    /**
     * Lines holding several turns become one paragraph per turn (same source line). When
     * no line does, {@code heads} keeps the label candidates of the lines, so the main pass
     * need not look for them again.
     */
    private List<SourceParagraph> splitInlineTurns(List<SourceParagraph> source, List<Speaker> roster,
                                                   List<ParseNote> notes, SpeakerLabelDetector.LabelMatch[] heads,
                                                   SpeakerLabelDetector labels,
                                                   java.util.function.Predicate<ParseNote> declined) {
        InlineTurns inline = new InlineTurns(labels);
        @SuppressWarnings("unchecked")
        List<Object[]>[] inner = new List[source.size()];
        // one collector for all lines: most lines have no inner label and allocate nothing
        List<Object[]> scratch = new ArrayList<>();
        java.util.function.ObjIntConsumer<SpeakerLabelDetector.LabelMatch> collect =
                (m, start) -> scratch.add(new Object[] {m, start});
        boolean any = false;
        for (int i = 0; i < source.size(); i++) {
            SourceParagraph p = source.get(i);
            if (p.heading()) {
                continue;
            }
            String text = p.text();
            SpeakerLabelDetector.LabelMatch head = labels.candidate(text);
            heads[i] = head;
            if (text.length() > 8) {
                inline.forEachInner(text, head, collect);
                if (!scratch.isEmpty()) {
                    inner[i] = new ArrayList<>(scratch);
                    scratch.clear();
                    any = true;
                }
            }
        }
        if (!any) {
            return source;
        }
        // how often each label occurs at a line start or inside a line; only needed to cut
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < source.size(); i++) {
            if (heads[i] != null && !heads[i].bracketed()) {
                counts.merge(heads[i].identity(), 1, Integer::sum);
            }
            if (inner[i] != null) {
                for (Object[] f : inner[i]) {
                    counts.merge(((SpeakerLabelDetector.LabelMatch) f[0]).identity(), 1, Integer::sum);
                }
            }
        }
        Set<String> rosterLabels = new HashSet<>();
        roster.forEach(s -> rosterLabels.add(s.label()));
        java.util.function.Predicate<SpeakerLabelDetector.LabelMatch> isLabel = m -> switch (m.kind()) {
            case ROLE, NETIZEN -> true;
            case NAME -> LabelNames.looksLikeName(m.label()) && counts.getOrDefault(m.identity(), 0) >= 2;
            case TITLED_NAME, OUTLET -> counts.getOrDefault(m.identity(), 0) >= 2;
            default -> rosterLabels.contains(m.label());
        } || rosterLabels.contains(m.label());
        List<SourceParagraph> out = new ArrayList<>(source.size() + 16);
        boolean cutAny = false;
        for (int i = 0; i < source.size(); i++) {
            SourceParagraph p = source.get(i);
            String text = p.text();
            List<Integer> cuts = new ArrayList<>(0);
            if (inner[i] != null) {
                for (Object[] f : inner[i]) {
                    if (isLabel.test((SpeakerLabelDetector.LabelMatch) f[0])) {
                        cuts.add((Integer) f[1]);
                    }
                }
            }
            ParseNote split = cuts.isEmpty() ? null
                    : new ParseNote(ParseNote.Kind.TURNS_SPLIT, p.line(), String.valueOf(cuts.size() + 1), false);
            if (split == null || declined.test(split)) {
                out.add(p);
                continue;
            }
            cutAny = true;
            notes.add(split);
            int from = 0;
            for (int cut : cuts) {
                out.add(new SourceParagraph(SentenceSplitter.slice(p.spans(), from, cut), false, p.line()));
                from = cut;
            }
            out.add(new SourceParagraph(SentenceSplitter.slice(p.spans(), from, text.length()), false, p.line()));
        }
        if (cutAny) {
            java.util.Arrays.fill(heads, null);
            return out;
        }
        return source;
    }

    private ParsedTranscript build(List<SourceParagraph> source, String[] texts,
                                   SpeakerLabelDetector.LabelMatch[] candidates, Set<String> known,
                                   RosterBuilder roster, Checkpoint checkpoint, List<ParseNote> notes,
                                   java.util.function.Predicate<ParseNote> declined) {
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
            int start = LabelChars.skipSpace(text, 0);
            int end = trimmedEnd(text);
            if (start >= end) {
                continue;
            }
            List<Span> spans = source.get(i).spans();
            int line = source.get(i).line();
            if (source.get(i).heading()) {
                add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
                current = null;
                continue;
            }
            SpeakerLabelDetector.LabelMatch m = candidates[i];
            if (m != null && !anySpeaker && NarrationRules.isCredit(m, text, texts, i)) {
                ParseNote credit = new ParseNote(ParseNote.Kind.CREDIT_AS_NARRATION, line, text.substring(start, end),
                        false);
                if (!declined.test(credit)) {
                    notes.add(credit);
                    add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
                    continue;
                }
            }
            if (m != null && anySpeaker && m.bracketed() && isNickname(m, text, known)) {
                ParseNote nickname = new ParseNote(ParseNote.Kind.NICKNAME_AS_AUDIENCE, line, m.label(), false);
                if (!declined.test(nickname)) {
                    m = m.withKind(SpeakerLabelDetector.Kind.NETIZEN, SpeakerRole.AUDIENCE);
                    notes.add(nickname);
                }
            }
            if (m != null && detector.accepts(m, known, anySpeaker)) {
                current = roster.keyFor(m, line);
                known.add(m.label());
                anySpeaker = true;
                if (m.textStart() < end) {
                    add(out, ids, current, SentenceSplitter.slice(spans, m.textStart(), end), split);
                }
                continue;
            }
            // most lines are neither: look at their ends before copying the trimmed text
            int length = end - start;
            boolean noteShaped = length <= 40 && NarrationRules.mayBeNarration(text.charAt(start), text.charAt(end - 1));
            boolean captionShaped = length <= 160 && NarrationRules.mayBeCaption(text.charAt(start), text.charAt(end - 1));
            String trimmed = noteShaped || captionShaped || length <= 40 ? text.substring(start, end) : null;
            if (noteShaped && NarrationRules.isStageNote(trimmed)) {
                add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
            } else if (noteShaped && NarrationRules.isHeading(trimmed)) {
                add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
                current = null;
            } else if (length <= 40 && NarrationRules.isTimestamp(trimmed)
                    && noted(new ParseNote(ParseNote.Kind.TIMESTAMP_AS_NARRATION, line, trimmed, false), notes, declined)) {
                add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
            } else if (captionShaped && NarrationRules.isCaption(trimmed)
                    && noted(new ParseNote(ParseNote.Kind.CAPTION_AS_NARRATION, line, trimmed, false), notes, declined)) {
                add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
            } else if (current != null && length <= 40 && headingBeforeTurn(trimmed, candidates, texts, i, known)
                    && noted(new ParseNote(ParseNote.Kind.HEADING_AS_NARRATION, line, trimmed,
                            NarrationRules.headingShape(trimmed) == 2), notes, declined)) {
                add(out, ids, null, SentenceSplitter.slice(spans, start, end), split);
                current = null;
            } else {
                add(out, ids, current, SentenceSplitter.slice(spans, start, end), split);
            }
        }
        checkpoint.reached(n, n);
        return new ParsedTranscript(roster.roster(), out, split[0], notes);
    }

    /** Adds the note unless the editor declined that guess; true when it was added. */
    private static boolean noted(ParseNote note, List<ParseNote> notes, java.util.function.Predicate<ParseNote> declined) {
        if (declined.test(note)) {
            return false;
        }
        notes.add(note);
        return true;
    }

    /** A section heading: heading-shaped, and the next line with text starts a turn. */
    private boolean headingBeforeTurn(String trimmed, SpeakerLabelDetector.LabelMatch[] candidates, String[] texts,
                                      int i, Set<String> known) {
        if (NarrationRules.headingShape(trimmed) == 0) {
            return false;
        }
        for (int j = i + 1; j < texts.length && j <= i + 3; j++) {
            if (texts[j].isBlank()) {
                continue;
            }
            SpeakerLabelDetector.LabelMatch next = candidates[j];
            return next != null && detector.accepts(next, known, true);
        }
        return false;
    }

    /** 【小魚兒】請問…？ once a transcript is under way: a netizen's nickname. */
    private static boolean isNickname(SpeakerLabelDetector.LabelMatch m, String text, Set<String> known) {
        if (m.kind() == SpeakerLabelDetector.Kind.ROLE || m.kind() == SpeakerLabelDetector.Kind.NETIZEN
                || known.contains(m.label()) || NarrationRules.isStageWord(m.label()) || m.label().length() > 20) {
            return false;
        }
        String rest = m.rest(text).strip();
        return rest.length() >= 4 && (rest.indexOf('？') >= 0 || rest.indexOf('?') >= 0 || rest.endsWith("嗎")
                || rest.endsWith("吗") || rest.endsWith("呢"));
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
        while (end > 0 && (LabelChars.isSpace(text.charAt(end - 1)) || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
