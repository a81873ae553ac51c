package org.newsdesk.export.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsdesk.model.Paragraph;
import org.newsdesk.model.Span;
import org.newsdesk.model.SpanStyle;

/**
 * A paragraph given new visible text with its marks kept: characters that stay keep their
 * styles, new ones take the style of the character before them, and editor's notes and
 * timestamps (which the review document does not show) stay where they were.
 */
final class SpanEdit {

    /** One visible character, or a hidden span carried in front of the next visible character. */
    private record Cell(String text, Set<SpanStyle> styles, Span hidden) {
    }

    private SpanEdit() {
    }

    static Paragraph withText(Paragraph p, String after) {
        List<Cell> cells = new ArrayList<>();
        List<Integer> visible = new ArrayList<>();
        for (Span s : p.spans()) {
            if (s.has(SpanStyle.NOTE) || s.has(SpanStyle.TIMESTAMP)) {
                cells.add(new Cell("", s.styles(), s));
                continue;
            }
            s.text().codePoints().forEach(cp -> {
                visible.add(cells.size());
                cells.add(new Cell(new String(Character.toChars(cp)), s.styles(), null));
            });
        }
        List<String> was = visible.stream().map(i -> cells.get(i).text()).toList();
        List<String> now = after.codePoints().mapToObj(cp -> new String(Character.toChars(cp))).toList();
        List<AbstractDelta<String>> deltas = DiffUtils.diff(was, now).getDeltas();
        // apply from the end so earlier positions stay valid
        for (int d = deltas.size() - 1; d >= 0; d--) {
            AbstractDelta<String> delta = deltas.get(d);
            int at = delta.getSource().getPosition();
            int removed = delta.getSource().size();
            Set<SpanStyle> style = styleAround(cells, visible, at);
            int cellAt = at < visible.size() ? visible.get(at) : cells.size();
            for (int k = removed - 1; k >= 0; k--) {
                cells.remove((int) visible.get(at + k));
            }
            List<Cell> inserted = new ArrayList<>();
            for (String ch : delta.getTarget().getLines()) {
                inserted.add(new Cell(ch, style, null));
            }
            cells.addAll(Math.min(cellAt, cells.size()), inserted);
            // positions after the change moved; recount
            visible.clear();
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i).hidden() == null) {
                    visible.add(i);
                }
            }
        }
        return new Paragraph(p.id(), p.speakerKey(), spans(cells), p.start());
    }

    private static Set<SpanStyle> styleAround(List<Cell> cells, List<Integer> visible, int at) {
        if (at > 0) {
            return cells.get(visible.get(at - 1)).styles();
        }
        return visible.isEmpty() ? EnumSet.noneOf(SpanStyle.class) : cells.get(visible.get(0)).styles();
    }

    private static List<Span> spans(List<Cell> cells) {
        List<Span> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Set<SpanStyle> style = null;
        for (Cell c : cells) {
            if (c.hidden() != null) {
                flush(out, run, style);
                out.add(c.hidden());
                style = null;
                continue;
            }
            if (style != null && !style.equals(c.styles())) {
                flush(out, run, style);
            }
            style = c.styles();
            run.append(c.text());
        }
        flush(out, run, style);
        return out;
    }

    private static void flush(List<Span> out, StringBuilder run, Set<SpanStyle> style) {
        if (run.length() > 0) {
            out.add(new Span(run.toString(), style));
            run.setLength(0);
        }
    }
}
