package org.newsdesk.export.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsdesk.export.DocxStamp;
import org.newsdesk.export.DocxTranscript;
import org.newsdesk.export.LabelStyle;
import org.newsdesk.model.Story;

/**
 * Maps a review document's paragraphs back onto the transcript paragraphs of the revision it
 * was exported from: unchanged paragraphs by order, the rest paired up by speaker label and
 * similarity, so inserted and removed paragraphs do not shift the ones after them.
 */
public final class ReviewMatcher {

    /** Below this share of common characters two paragraphs are a removal and an addition, not a change. */
    static final double SAME_PARAGRAPH = 0.35;

    private ReviewMatcher() {
    }

    /** A document paragraph with its speaker label taken off. */
    private record Body(String speakerKey, String text, ReviewedParagraph source) {
    }

    public static List<Suggestion> suggestions(Story revision, ReviewedDocument document) {
        LabelStyle labels = labels(document.labels());
        List<DocxTranscript.Entry> entries = DocxTranscript.of(revision, labels);
        List<Body> bodies = bodies(revision, labels, document.paragraphs());
        List<Suggestion> out = new ArrayList<>();
        List<String> was = entries.stream().map(e -> e.text().strip()).toList();
        List<String> now = bodies.stream().map(b -> b.text().strip()).toList();
        for (AbstractDelta<String> delta : DiffUtils.diff(was, now).getDeltas()) {
            int from = delta.getSource().getPosition();
            int to = delta.getTarget().getPosition();
            int sourceSize = delta.getType() == DeltaType.INSERT ? 0 : delta.getSource().size();
            int targetSize = delta.getType() == DeltaType.DELETE ? 0 : delta.getTarget().size();
            pairUp(entries, from, sourceSize, bodies, to, targetSize, document, out);
        }
        List<Suggestion> numbered = new ArrayList<>(out.size());
        for (Suggestion s : out) {
            numbered.add(new Suggestion(numbered.size() + 1, s.kind(), s.paragraphId(), s.speakerKey(), s.before(),
                    s.after(), s.authors(), s.tracked()));
        }
        return numbered;
    }

    private static LabelStyle labels(String name) {
        try {
            return LabelStyle.parse(name);
        } catch (IllegalArgumentException e) {
            return LabelStyle.FULLWIDTH;
        }
    }

    private static List<Body> bodies(Story revision, LabelStyle labels, List<ReviewedParagraph> paragraphs) {
        boolean styled = paragraphs.stream().anyMatch(p -> p.styleId().equals(DocxStamp.TRANSCRIPT_STYLE));
        List<String[]> known = new ArrayList<>(DocxTranscript.labelsByKey(revision, labels));
        known.sort(Comparator.comparingInt((String[] l) -> l[0].length()).reversed());
        List<Body> out = new ArrayList<>();
        for (ReviewedParagraph p : paragraphs) {
            boolean transcript = styled ? p.styleId().equals(DocxStamp.TRANSCRIPT_STYLE)
                    : !p.styleId().startsWith("Newsdesk");
            if (!transcript || p.text().isBlank()) {
                continue;
            }
            String text = p.text();
            String key = null;
            for (String[] label : known) {
                if (text.startsWith(label[0])) {
                    key = label[1];
                    text = text.substring(label[0].length());
                    break;
                }
            }
            out.add(new Body(key, text, p));
        }
        return out;
    }

    /** Pairs {@code entries[from, from+n)} with {@code bodies[to, to+m)} by similarity, in order. */
    private static void pairUp(List<DocxTranscript.Entry> entries, int from, int n, List<Body> bodies, int to, int m,
                               ReviewedDocument document, List<Suggestion> out) {
        double[][] best = new double[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                double sim = similarity(entries.get(from + i).text(), bodies.get(to + j).text());
                double pair = sim >= SAME_PARAGRAPH ? sim + best[i + 1][j + 1] : -1;
                best[i][j] = Math.max(pair, Math.max(best[i + 1][j], best[i][j + 1]));
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m) {
                DocxTranscript.Entry e = entries.get(from + i);
                Body b = bodies.get(to + j);
                double sim = similarity(e.text(), b.text());
                if (sim >= SAME_PARAGRAPH && best[i][j] == sim + best[i + 1][j + 1]) {
                    if (!e.text().strip().equals(b.text().strip())) {
                        out.add(new Suggestion(0, Suggestion.Kind.CHANGE, e.paragraphId(), e.speakerKey(), e.text(),
                                b.text().strip(), authors(b.source(), document), b.source().tracked()));
                    }
                    i++;
                    j++;
                    continue;
                }
                if (best[i][j] == best[i + 1][j]) {
                    removed(e, bodies, document, out);
                    i++;
                } else {
                    added(entries, from + i, b, out, document);
                    j++;
                }
            } else if (i < n) {
                removed(entries.get(from + i), bodies, document, out);
                i++;
            } else {
                added(entries, from + i, bodies.get(to + j), out, document);
                j++;
            }
        }
    }

    private static void removed(DocxTranscript.Entry e, List<Body> bodies, ReviewedDocument document,
                                List<Suggestion> out) {
        // a paragraph removed with tracked changes left its text, as deleted text, in the paragraph it joined
        List<String> authors = List.of();
        boolean tracked = false;
        for (ReviewedParagraph p : document.paragraphs()) {
            if (p.tracked() && p.original().contains(e.text().strip()) && !p.text().contains(e.text().strip())) {
                authors = p.authors();
                tracked = true;
                break;
            }
        }
        if (!tracked && !document.lastModifiedBy().isBlank()) {
            authors = List.of(document.lastModifiedBy());
        }
        out.add(new Suggestion(0, Suggestion.Kind.DELETE, e.paragraphId(), e.speakerKey(), e.text(), "", authors, tracked));
    }

    /** An added paragraph follows the revision's paragraph before {@code entryIndex}. */
    private static void added(List<DocxTranscript.Entry> entries, int entryIndex, Body b, List<Suggestion> out,
                              ReviewedDocument document) {
        DocxTranscript.Entry previous = entryIndex == 0 ? null : entries.get(entryIndex - 1);
        String speaker = b.speakerKey() != null ? b.speakerKey() : previous == null ? null : previous.speakerKey();
        out.add(new Suggestion(0, Suggestion.Kind.INSERT, previous == null ? null : previous.paragraphId(), speaker, "",
                b.text().strip(), authors(b.source(), document), b.source().tracked()));
    }

    private static List<String> authors(ReviewedParagraph p, ReviewedDocument document) {
        if (!p.authors().isEmpty()) {
            return p.authors();
        }
        return document.lastModifiedBy().isBlank() ? List.of() : List.of(document.lastModifiedBy());
    }

    /** Share of characters two texts have in common, in order (0 to 1). */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        List<Integer> x = a.codePoints().boxed().toList();
        List<Integer> y = b.codePoints().boxed().toList();
        int changed = 0;
        for (AbstractDelta<Integer> d : DiffUtils.diff(x, y).getDeltas()) {
            changed += d.getSource().size() + d.getTarget().size();
        }
        return 1.0 - (double) changed / (x.size() + y.size());
    }
}
