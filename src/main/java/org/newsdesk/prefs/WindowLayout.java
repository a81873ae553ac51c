package org.newsdesk.prefs;

import java.util.List;

/**
 * Where the main window was and how it was split, kept between runs.
 *
 * @param x         left edge on the virtual screen
 * @param y         top edge
 * @param width     width (0 when never saved: the window picks its own size)
 * @param height    height
 * @param maximized whether it filled the screen
 * @param dividers  positions (0..1) of the main split's dividers, left to right
 */
public record WindowLayout(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {

    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;
    public static final WindowLayout NONE = new WindowLayout(0, 0, 0, 0, false, List.of());

    public WindowLayout {
        dividers = dividers == null ? List.of() : dividers.stream()
                .filter(d -> d != null && d > 0 && d < 1).toList();
    }

    /** Whether a size was ever saved. */
    public boolean known() {
        return width >= MIN_WIDTH && height >= MIN_HEIGHT;
    }

    /**
     * The bounds to open with on today's screens: unchanged when the window still lies
     * mostly on one of them, otherwise moved onto the screen it overlapped most (or the
     * first one) and shrunk to fit it.
     */
    public WindowLayout fittedInto(List<ScreenArea> screens) {
        if (!known() || screens.isEmpty()) {
            return this;
        }
        ScreenArea best = screens.get(0);
        double bestOverlap = -1;
        for (ScreenArea s : screens) {
            double overlap = s.overlap(x, y, width, height);
            if (overlap > bestOverlap) {
                best = s;
                bestOverlap = overlap;
            }
        }
        double w = Math.min(width, best.width());
        double h = Math.min(height, best.height());
        double left = Math.max(best.x(), Math.min(x, best.x() + best.width() - w));
        double top = Math.max(best.y(), Math.min(y, best.y() + best.height() - h));
        return new WindowLayout(left, top, w, h, maximized, dividers);
    }

    /** A screen's usable area (without task bars). */
    public record ScreenArea(double x, double y, double width, double height) {

        double overlap(double ox, double oy, double ow, double oh) {
            double w = Math.min(x + width, ox + ow) - Math.max(x, ox);
            double h = Math.min(y + height, oy + oh) - Math.max(y, oy);
            return w <= 0 || h <= 0 ? 0 : w * h;
        }
    }
}
