package org.newsdesk.ui.editor;

import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The gutter's mark beside a paragraph: the speaker's label at a turn start, a thin rule
 * where the turn goes on. A plain region with one text node rather than a {@code Label}: a
 * paragraph's cell is rebuilt on every keystroke, and a control's skin and its styling pass
 * were most of the cost of typing.
 *
 * <p>Style classes: the chip ({@code speaker-chip}, plus {@code paragraph-playing} and
 * {@code paragraph-too-long}) carries the width, padding, background and font; its text
 * ({@code speaker-chip-text}, plus the speaker's role class) carries the colour.
 */
public final class SpeakerChip extends Region {

    private final Text text = new Text();

    public SpeakerChip() {
        getStyleClass().add("speaker-chip");
        text.getStyleClass().add("speaker-chip-text");
        setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(text);
    }

    /** Shows {@code label} with the given style class on the text (a speaker's role, continued, unknown). */
    void show(String label, String textClass) {
        text.setText(label);
        text.getStyleClass().add(textClass);
        setAccessibleText(label);
    }

    /** Marks the chip itself (playing, too long). */
    void mark(String chipClass) {
        getStyleClass().add(chipClass);
    }

    /** The label shown ("" where no speaker is set). */
    public String text() {
        return text.getText();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = text.getLayoutBounds().getWidth();
        // right-aligned against the padding, the first line's top at the top padding
        text.relocate(Math.max(in.getLeft(), getWidth() - in.getRight() - width), in.getTop());
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        return in.getTop() + text.getLayoutBounds().getHeight() + in.getBottom();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + text.getLayoutBounds().getWidth() + in.getRight();
    }
}
