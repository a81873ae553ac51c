package org.newsdesk.ui.proof;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.Selection;
import org.fxmisc.richtext.SelectionImpl;
import org.newsdesk.proof.Finding;
import org.newsdesk.proof.Severity;
import org.newsdesk.ui.editor.ParStyle;
import org.newsdesk.ui.editor.TextStyle;
import org.newsdesk.ui.editor.TranscriptArea;

/**
 * Findings marked in the transcript as extra selections of the area: they follow edits, are
 * not part of the document (no undo step, nothing saved) and are redrawn only when the
 * findings change. At most {@link #MAX} are drawn, so a story with thousands of warnings
 * stays cheap to type in.
 */
final class ProofMarks {

    static final int MAX = 300;
    private static final Color ERROR = Color.rgb(220, 40, 40, 0.30);
    private static final Color WARNING = Color.rgb(230, 160, 0, 0.25);

    private final TranscriptArea area;
    private final List<Selection<ParStyle, String, TextStyle>> shown = new ArrayList<>();

    ProofMarks(TranscriptArea area) {
        this.area = area;
    }

    void show(List<Finding> findings) {
        clear();
        int paragraphs = area.getParagraphs().size();
        for (Finding f : findings) {
            if (shown.size() >= MAX) {
                break;
            }
            if (f.paragraphId() == null) {
                continue;
            }
            int p = Integer.parseInt(f.paragraphId());
            if (p >= paragraphs) {
                continue;
            }
            int length = area.getParagraphLength(p);
            int start = Math.min(f.start(), length);
            int end = Math.min(Math.max(f.end(), f.start() + 1), length);
            if (end <= start) {
                // a missing closing mark: mark the last character
                start = Math.max(0, length - 1);
                end = length;
            }
            Color fill = f.severity() == Severity.ERROR ? ERROR : WARNING;
            SelectionImpl<ParStyle, String, TextStyle> mark = new SelectionImpl<>("proof" + shown.size(), area,
                    path -> {
                        path.setHighlightFill(fill);
                        path.getStyleClass().add(f.severity() == Severity.ERROR ? "proof-mark-error" : "proof-mark-warning");
                    });
            if (area.addSelection(mark)) {
                mark.selectRange(area.getAbsolutePosition(p, start), area.getAbsolutePosition(p, end));
                shown.add(mark);
            }
        }
    }

    void clear() {
        for (Selection<ParStyle, String, TextStyle> s : shown) {
            area.removeSelection(s);
            s.dispose();
        }
        shown.clear();
    }

    int count() {
        return shown.size();
    }
}
