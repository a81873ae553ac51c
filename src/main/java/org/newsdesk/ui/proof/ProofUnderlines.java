package org.newsdesk.ui.proof;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledSegment;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.Severity;
import org.newsdesk.ui.editor.TextStyle;
import org.newsdesk.ui.editor.TextStyle.ProofMark;
import org.newsdesk.ui.editor.TranscriptArea;

/**
 * Findings underlined in the transcript: a style on the text's segments (red for errors, amber
 * for warnings; see the stylesheet's {@code proof-error}/{@code proof-warning}), set without an
 * undo step and never saved. After each check only the paragraphs whose underlines differ from
 * what the area already shows are restyled, so typing in one paragraph restyles at most that
 * one; a paragraph edited since the check keeps its underlines until the next check. Only the
 * paragraphs underlined before or now, or typed into since, are looked at (all of them when
 * paragraphs were added or removed): a check's result costs the FX thread little in a long story.
 */
final class ProofUnderlines {

    private final TranscriptArea area;
    private int restyled;
    /** The paragraphs left with underlines by the last {@link #show}, and how many paragraphs there were. */
    private final BitSet underlined = new BitSet();
    private int paragraphsLastTime = -1;
    /** Paragraphs typed into since the last {@link #show}. */
    private final BitSet edited = new BitSet();

    ProofUnderlines(TranscriptArea area) {
        this.area = area;
        // text typed or pasted may carry underlines copied from elsewhere: its paragraphs are looked at next time
        area.plainTextChanges().subscribe(c -> {
            var bias = org.fxmisc.richtext.model.TwoDimensional.Bias.Forward;
            int from = area.offsetToPosition(c.getPosition(), bias).getMajor();
            int to = area.offsetToPosition(Math.min(c.getInsertionEnd(), area.getLength()), bias).getMajor();
            edited.set(from, to + 1);
        });
    }

    /**
     * Shows {@code findings} of {@code checked} (paragraph ids are positions, see
     * {@link ProofreadingViewModel#numbered}); {@code checked} null clears every underline.
     */
    void show(Story checked, List<Finding> findings) {
        int count = area.getParagraphs().size();
        List<List<Finding>> byParagraph = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byParagraph.add(null);
        }
        for (Finding f : findings) {
            if (f.paragraphId() == null) {
                continue;
            }
            int p = Integer.parseInt(f.paragraphId());
            if (p < count) {
                if (byParagraph.get(p) == null) {
                    byParagraph.set(p, new ArrayList<>(2));
                }
                byParagraph.get(p).add(f);
            }
        }
        List<Paragraph> checkedParagraphs = checked == null ? List.of() : checked.paragraphs();
        // with as many paragraphs as last time, only those underlined then or now can need a change;
        // otherwise underlines may have moved with inserted or removed paragraphs: every one is looked at
        BitSet look = new BitSet(count);
        if (count == paragraphsLastTime) {
            look.or(underlined);
            look.or(edited);
            for (int p = 0; p < count; p++) {
                if (byParagraph.get(p) != null) {
                    look.set(p);
                }
            }
        } else {
            look.set(0, count);
        }
        paragraphsLastTime = count;
        edited.clear();
        for (int p = look.nextSetBit(0); p >= 0 && p < count; p = look.nextSetBit(p + 1)) {
            var paragraph = area.getParagraph(p);
            List<Finding> mine = byParagraph.get(p);
            // a paragraph's text is compared only where there is something to underline (getText copies it)
            if (mine != null && !(p < checkedParagraphs.size() && sameText(checkedParagraphs.get(p).text(), paragraph))) {
                // edited since the check: the next check (typing paused) draws it
                continue;
            }
            ProofMark[] wanted = marks(paragraph.length(), mine);
            if (!matches(paragraph.getStyledSegments(), wanted)) {
                area.decorate(p, restyle(paragraph.getStyledSegments(), wanted));
                restyled++;
            }
            underlined.set(p, wanted != null);
        }
    }

    private static boolean sameText(String checked, org.fxmisc.richtext.model.Paragraph<?, String, TextStyle> shown) {
        return checked.length() == shown.length() && checked.equals(shown.getText());
    }

    /** The underline wanted under each character; null when there is none at all. */
    static ProofMark[] marks(int length, List<Finding> findings) {
        if (findings == null || length == 0) {
            return null;
        }
        ProofMark[] out = new ProofMark[length];
        boolean any = false;
        for (Finding f : findings) {
            int start = Math.min(f.start(), length);
            int end = Math.min(Math.max(f.end(), f.start() + 1), length);
            if (end <= start) {
                // something missing at the end (a closing mark): the last character
                start = length - 1;
                end = length;
            }
            ProofMark mark = f.severity() == Severity.ERROR ? ProofMark.ERROR : ProofMark.WARNING;
            for (int i = start; i < end; i++) {
                if (out[i] != ProofMark.ERROR) {
                    out[i] = mark;
                }
            }
            any = true;
        }
        return any ? out : null;
    }

    private static boolean matches(List<StyledSegment<String, TextStyle>> segments, ProofMark[] wanted) {
        int at = 0;
        for (StyledSegment<String, TextStyle> seg : segments) {
            ProofMark has = seg.getStyle().proof();
            int len = seg.getSegment().length();
            if (wanted == null) {
                if (has != null && len > 0) {
                    return false;
                }
            } else {
                for (int i = at; i < at + len; i++) {
                    if (wanted[i] != has) {
                        return false;
                    }
                }
            }
            at += len;
        }
        return true;
    }

    /** The paragraph's own styles with the wanted underlines in place of the old ones. */
    static StyleSpans<TextStyle> restyle(List<StyledSegment<String, TextStyle>> segments, ProofMark[] wanted) {
        StyleSpansBuilder<TextStyle> b = new StyleSpansBuilder<>(segments.size() + 4);
        int at = 0;
        for (StyledSegment<String, TextStyle> seg : segments) {
            int len = seg.getSegment().length();
            TextStyle base = seg.getStyle();
            if (wanted == null || len == 0) {
                b.add(base.withProof(null), len);
            } else {
                int runStart = at;
                for (int i = at + 1; i <= at + len; i++) {
                    if (i == at + len || wanted[i] != wanted[runStart]) {
                        b.add(base.withProof(wanted[runStart]), i - runStart);
                        runStart = i;
                    }
                }
            }
            at += len;
        }
        return b.create();
    }

    /** How many paragraphs were restyled since this was made (tests: only changed ones are). */
    int restyled() {
        return restyled;
    }
}
