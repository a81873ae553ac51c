package org.newsdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Dimension2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Windows beside the main one fit on the screen's visible area, title bar included. */
class ScreenFitTest {

    /** 1440×900 with a 28 px panel at the top. */
    private final Rectangle2D visual = new Rectangle2D(0, 28, 1440, 872);

    @Test
    void aPageTallerThanTheScreenIsCutToItsVisibleHeightLessTheFrame() {
        // the print preview of an A4 sheet: 663 × 950 wanted
        Dimension2D size = ScreenFit.scene(visual, 663, 950);

        assertThat(size.getWidth()).isEqualTo(663);
        assertThat(size.getHeight()).isEqualTo(872 - ScreenFit.FRAME);
    }

    @Test
    void aWindowThatFitsKeepsItsSize() {
        assertThat(ScreenFit.scene(visual, 760, 560)).isEqualTo(new Dimension2D(760, 560));
        assertThat(ScreenFit.scene(new Rectangle2D(0, 0, 800, 600), 1200, 900).getWidth()).isLessThanOrEqualTo(800);
    }

    @Test
    void aWindowIsCentredOnItsOwnerAndMovedOntoTheScreen() {
        Rectangle2D owner = new Rectangle2D(0, 0, 1024, 700);

        Rectangle2D beside = ScreenFit.place(visual, owner, 600, 400);
        assertThat(beside.getMinX()).isEqualTo(212);
        assertThat(beside.getMinY()).isEqualTo(100);

        // as tall as the visible area: it starts below the panel and ends at the bottom edge
        Rectangle2D tall = ScreenFit.place(visual, owner, 703, 872);
        assertThat(tall.getMinY()).isEqualTo(28);
        assertThat(tall.getMaxY()).isEqualTo(900);

        // an owner at the right edge: the window stays on the screen
        Rectangle2D right = ScreenFit.place(visual, new Rectangle2D(1000, 500, 1024, 700), 700, 600);
        assertThat(right.getMaxX()).isLessThanOrEqualTo(1440);
        assertThat(right.getMaxY()).isLessThanOrEqualTo(900);
    }
}
