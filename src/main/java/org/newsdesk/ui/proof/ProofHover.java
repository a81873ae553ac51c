package org.newsdesk.ui.proof;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.newsdesk.i18n.Messages;
import org.newsdesk.i18n.ProofText;
import org.newsdesk.model.Story;
import org.newsdesk.proof.Finding;
import org.newsdesk.ui.editor.TranscriptArea;

/**
 * Resting the mouse on underlined text shows the finding there (category, message and the
 * suggestion) in a tooltip; moving on hides it.
 *
 * <p>The area's own "mouse over text" events are not used: they subscribe to every paragraph's
 * cell, with a timer each, and RichTextFX makes the typed paragraph's cell again at every
 * keystroke. Here one handler on the area restarts one pause at each mouse move, and the
 * character under the mouse is looked up once the mouse has rested.
 */
final class ProofHover {

    static final Duration DELAY = Duration.ofMillis(400);

    private final TranscriptArea area;
    private final Tooltip tip = new Tooltip();
    private final PauseTransition rest = new PauseTransition(javafx.util.Duration.millis(DELAY.toMillis()));
    private double restX;
    private double restY;

    ProofHover(TranscriptArea area, Messages messages, Supplier<Story> checked, Supplier<List<Finding>> findings) {
        this.area = area;
        tip.setId("proofTip");
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        rest.setOnFinished(e -> {
            OptionalInt at = area.hit(restX, restY).getCharacterIndex();
            String text = at.isPresent() ? describeAt(at.getAsInt(), checked.get(), findings.get(), messages) : null;
            if (text != null) {
                Point2D onScreen = area.localToScreen(restX, restY);
                tip.setText(text);
                tip.show(area, onScreen.getX() + 8, onScreen.getY() + 18);
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            tip.hide();
            restX = e.getX();
            restY = e.getY();
            rest.playFromStart();
        });
        EventHandler<Event> away = e -> {
            rest.stop();
            tip.hide();
        };
        area.addEventHandler(MouseEvent.MOUSE_EXITED, away);
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, away);
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, away);
        area.addEventHandler(ScrollEvent.SCROLL, away);
        area.addEventHandler(KeyEvent.KEY_PRESSED, away);
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
