package org.newsdesk.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.robot.BaseRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys for window tests without the robot's pauses. {@code FxRobot.write} hands each character to
 * the focused window and then waits for the FX thread five times over (50 ms and more a
 * character: seconds for a file path); {@code press}/{@code release} wait so after every key.
 * These send the same events in the same order to the same window, and wait once, when all of
 * them have been handled.
 */
public final class Typing {

    private Typing() {
    }

    /**
     * Types {@code text} into the focused window (else the robot's target window), as
     * {@code FxRobot.write} does, then waits once.
     */
    public static void write(FxRobot robot, String text) {
        Window focused = robot.window(Window::isFocused);
        Scene scene = (focused != null ? focused : robot.targetWindow()).getScene();
        BaseRobot keys = robot.robotContext().getBaseRobot();
        for (char c : text.toCharArray()) {
            KeyCode code = c == '\n' ? KeyCode.ENTER : c == '\t' ? KeyCode.TAB : KeyCode.UNDEFINED;
            keys.typeKeyboard(scene, code, String.valueOf(c));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses {@code keys} in order and releases them in reverse (a chord such as Ctrl+Shift+U), then waits once. */
    public static void chord(FxRobot robot, KeyCode... keys) {
        var keyboard = robot.robotContext().getKeyboardRobot();
        keyboard.pressNoWait(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) {
            reversed[i] = keys[keys.length - 1 - i];
        }
        keyboard.releaseNoWait(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
