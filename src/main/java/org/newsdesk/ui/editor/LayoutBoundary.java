package org.newsdesk.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.layout.Region;

/**
 * Holds the transcript's scroll pane so that typing lays out the transcript alone. A keystroke
 * makes the text area ask for layout; JavaFX passes that request up to the scene's root, and
 * every pane on the way (the editor's column, the proofreading split, the tab, the window's
 * columns) lays out its children again at each keystroke though none of their sizes changed. The
 * content here is unmanaged, which makes it a layout root: its request stops at itself and the next
 * pulse lays out only it. This box gives it the whole of its own size, and reports the content's
 * sizes as its own, so the panes around see the same sizes as before.
 */
final class LayoutBoundary extends Region {

    private final Region content;

    LayoutBoundary(Region content) {
        this.content = content;
        content.setManaged(false);
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        content.resizeRelocate(in.getLeft(), in.getTop(), Math.max(0, getWidth() - in.getLeft() - in.getRight()),
                Math.max(0, getHeight() - in.getTop() - in.getBottom()));
    }

    @Override
    protected double computeMinWidth(double height) {
        return content.minWidth(height) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return content.minHeight(width) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(height) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(width) + snappedTopInset() + snappedBottomInset();
    }
}
