package org.newsdesk.ui.common;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;

/**
 * Sizes and places a window the application opens beside its main one so that all of it,
 * title bar included, is on the screen's visible area (the screen less panels and docks).
 */
public final class ScreenFit {

    /** Room left for the title bar and borders a window manager adds around the scene. */
    public static final double FRAME = 40;

    private ScreenFit() {
    }

    /** The scene size for a window that wants {@code width} × {@code height}, cut to {@code visual}. */
    public static Dimension2D scene(Rectangle2D visual, double width, double height) {
        return new Dimension2D(Math.max(1, Math.min(width, visual.getWidth() - FRAME / 4)),
                Math.max(1, Math.min(height, visual.getHeight() - FRAME)));
    }

    /**
     * Where a window of {@code width} × {@code height} (frame included) goes: centred across
     * {@code owner}, a third of the way down as JavaFX places dialogs, moved inside {@code visual}.
     */
    public static Rectangle2D place(Rectangle2D visual, Rectangle2D owner, double width, double height) {
        double x = owner.getMinX() + (owner.getWidth() - width) / 2;
        double y = owner.getMinY() + (owner.getHeight() - height) / 3;
        x = Math.max(visual.getMinX(), Math.min(x, visual.getMaxX() - width));
        y = Math.max(visual.getMinY(), Math.min(y, visual.getMaxY() - height));
        return new Rectangle2D(x, y, Math.min(width, visual.getWidth()), Math.min(height, visual.getHeight()));
    }
}
