package org.newsdesk.ui.proof;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.ProofText;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.ui.editor.TranscriptArea;

/**
 * Resting the mouse on underlined text shows the finding there (category, message and the
 * suggestion) in a tooltip; moving on hides it.
 */
final class ProofHover {

    static final Duration DELAY = Duration.ofMillis(400);

    private final TranscriptArea area;
    private final Tooltip tip = new Tooltip();

    ProofHover(TranscriptArea area, Messages messages, Supplier<Story> checked, Supplier<List<Finding>> findings) {
        this.area = area;
        tip.setId("proofTip");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        area.setMouseOverTextDelay(DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = describeAt(e.getCharacterIndex(), checked.get(), findings.get(), messages);
            if (text != null) {
                Point2D at = e.getScreenPosition();
                tip.setText(text);
                tip.show(area, at.getX() + 8, at.getY() + 18);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
    }

    /** What the tooltip says at {@code position} of the area, or null when no finding is there. */
    String describeAt(int position, Story checked, List<Finding> findings, Messages messages) {
        var where = area.offsetToPosition(position, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        int p = where.getMajor();
        int column = where.getMinor();
        if (checked == null || p >= checked.paragraphs().size()
                || !checked.paragraphs().get(p).text().equals(area.getParagraph(p).getText())) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        String id = Integer.toString(p);
        int length = area.getParagraphLength(p);
        for (Finding f : findings) {
            if (!id.equals(f.paragraphId())) {
                continue;
            }
            int start = f.start();
            int end = Math.max(f.end(), f.start() + 1);
            if (f.start() == f.end() && f.start() >= length) {
                start = Math.max(0, length - 1);
                end = length;
            }
            if (column >= start && column < end) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(ProofText.category(f, messages)).append(" · ").append(ProofText.message(f, messages));
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    boolean showing() {
        return tip.isShowing();
    }
}
