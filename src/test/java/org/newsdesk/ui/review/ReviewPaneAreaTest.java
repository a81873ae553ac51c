package org.newsdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.newsdesk.ui.common.ScreenFit;

/** The review pane stays inside the main window (less a margin) and on the screen. */
class ReviewPaneAreaTest {

    private final Rectangle2D screen = new Rectangle2D(0, 0, 1440, 900);

    @Test
    void atTheDefaultWindowSizeThePaneFitsInsideTheMainWindow() {
        Rectangle2D owner = new Rectangle2D(0, 0, 1024, 700);
        Rectangle2D area = ReviewPane.inside(screen, owner, 24);
        assertThat(area).isEqualTo(new Rectangle2D(24, 24, 976, 652));
        var size = ScreenFit.scene(area, 760, 560);
        Rectangle2D placed = ScreenFit.place(area, owner, size.getWidth(), size.getHeight() + ScreenFit.FRAME);
        assertThat(placed.getMaxX()).isLessThanOrEqualTo(owner.getMaxX());
        assertThat(placed.getMaxY()).isLessThanOrEqualTo(owner.getMaxY());
        assertThat(placed.getMinX()).isGreaterThanOrEqualTo(owner.getMinX());
    }

    @Test
    void aMainWindowPartlyOffTheScreenIsCutToIt() {
        Rectangle2D area = ReviewPane.inside(screen, new Rectangle2D(900, 300, 1024, 700), 24);
        assertThat(area).isEqualTo(new Rectangle2D(924, 324, 516, 576));
    }

    @Test
    void aMainWindowTooSmallOrOffTheScreenLeavesTheScreen() {
        assertThat(ReviewPane.inside(screen, new Rectangle2D(0, 0, 300, 200), 24)).isEqualTo(screen);
        assertThat(ReviewPane.inside(screen, new Rectangle2D(-5000, 0, 1024, 700), 24)).isEqualTo(screen);
    }
}
