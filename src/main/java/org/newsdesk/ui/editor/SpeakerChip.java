package org.newsdesk.ui.editor;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * The gutter's mark beside a paragraph: the speaker's label at a turn start, a thin rule
 * where the turn goes on. A plain region with one text node rather than a {@code Label}: a
 * control's skin and its styling pass were most of the cost of typing. A chip is updated in
 * place when its paragraph's cell is made again (see {@link SpeakerGutter}): each change below
 * touches the node only when something differs.
 *
 * <p>Style classes: the chip ({@code speaker-chip}, plus {@code paragraph-playing} and
 * {@code paragraph-too-long}) carries the width, padding, background and font; its text
 * ({@code speaker-chip-text}, plus the speaker's role class) carries the colour.
 */
public final class SpeakerChip extends Region {

    private static final String PLAYING = "paragraph-playing";
    private static final String TOO_LONG = "paragraph-too-long";

    private final Text text = new Text();
    private String textClass;
    private Tooltip tooltip;

    public SpeakerChip() {
        getStyleClass().add("speaker-chip");
        text.getStyleClass().add("speaker-chip-text");
        setAccessibleRole(AccessibleRole.TEXT);
        getChildren().add(text);
    }

    /**
     * Shows {@code label} with the given style class on the text (a speaker's role, continued,
     * unknown), marked as the paragraph being heard or not, and with {@code tooLong}'s warning
     * (null: the paragraph is not too long).
     */
    void show(String label, String textClass, boolean playing, Tooltip tooLong) {
        if (!label.equals(text.getText())) {
            text.setText(label);
            setAccessibleText(label);
        }
        if (!textClass.equals(this.textClass)) {
            text.getStyleClass().setAll(List.of("speaker-chip-text", textClass));
            this.textClass = textClass;
        }
        mark(PLAYING, playing);
        mark(TOO_LONG, tooLong != null);
        if (tooLong != tooltip) {
            if (tooltip != null) {
                Tooltip.uninstall(this, tooltip);
            }
            if (tooLong != null) {
                Tooltip.install(this, tooLong);
            }
            tooltip = tooLong;
        }
    }

    private void mark(String chipClass, boolean on) {
        if (on != getStyleClass().contains(chipClass)) {
            if (on) {
                getStyleClass().add(chipClass);
            } else {
                getStyleClass().remove(chipClass);
            }
        }
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
