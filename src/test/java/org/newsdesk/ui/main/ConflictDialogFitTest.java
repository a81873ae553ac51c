package org.newsdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsdesk.i18n.Messages;
import org.newsdesk.newsroom.ConflictResolution;
import org.newsdesk.ui.FxWait;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The merge view of a conflict opens inside the window it belongs to: in a 720-pixel window (two
 * windows side by side) and in the 1024×700 default it is no wider or taller than its window,
 * and every label and button shows its words whole, in English and both Chinese scripts.
 */
@ExtendWith(ApplicationExtension.class)
class ConflictDialogFitTest {

    @ParameterizedTest
    @CsvSource({"en, 720, 880", "zh-CN, 720, 880", "zh-TW, 720, 880", "en, 1024, 700", "zh-CN, 1024, 700", "zh-TW, 1024, 700"})
    void theMergeViewFitsItsWindowWithNothingCut(String language, double width, double height, FxRobot robot)
            throws Exception {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        AtomicReference<Stage> owner = new AtomicReference<>();
        AtomicReference<ConflictDialog> dialog = new AtomicReference<>();
        robot.interact(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(new StackPane(), width, height));
            window.show();
            owner.set(window);
            ConflictResolution.Open open = new ConflictResolution.Open("paragraph:p1", "p1", "渡口的早班船六点开。",
                    "渡口的早班船六点开，风大就停。", "渡口的早班船六點開，逢週日加開一班。");
            ConflictDialog d = new ConflictDialog(window, messages, null, List.of(open, open));
            d.show();
            dialog.set(d);
        });
        FxWait.until(10, () -> dialog.get().stage().isShowing() && dialog.get().stage().getScene().getRoot().getLayoutBounds().getWidth() > 0);
        try {
            double dialogWidth = FxWait.read(() -> dialog.get().stage().getScene().getWidth());
            double dialogHeight = FxWait.read(() -> dialog.get().stage().getScene().getHeight());
            assertThat(dialogWidth).as("room for the frame inside the window").isLessThanOrEqualTo(width - 40);
            assertThat(dialogHeight).isLessThanOrEqualTo(height - 40);
            List<String> cut = FxWait.read(() -> {
                Parent root = dialog.get().stage().getScene().getRoot();
                root.applyCss();
                root.layout();
                List<String> out = new ArrayList<>();
                for (Node n : root.lookupAll(".labeled")) {
                    Labeled l = (Labeled) n;
                    String shown = l.lookupAll(".text").stream().filter(t -> t instanceof Text)
                            .map(t -> ((Text) t).getText()).findFirst().orElse(l.getText());
                    double right = l.localToScene(l.getLayoutBounds()).getMaxX();
                    if (!shown.equals(l.getText()) || right > root.getScene().getWidth() + 0.5) {
                        out.add(l.getText() + " shown as " + shown + " ending at " + right);
                    }
                }
                return out;
            });
            assertThat(cut).isEmpty();
        } finally {
            robot.interact(() -> {
                dialog.get().stage().close();
                owner.get().close();
            });
        }
    }
}
